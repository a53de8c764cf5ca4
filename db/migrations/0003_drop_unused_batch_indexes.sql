DROP INDEX `cadre_batch_idx`;--> statement-breakpoint
DROP INDEX `fund_batch_idx`;--> statement-breakpoint
DROP INDEX `project_batch_idx`;--> statement-breakpoint
DROP INDEX `school_batch_idx`;--> statement-breakpoint
DROP INDEX `training_batch_idx`;