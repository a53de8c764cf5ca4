CREATE TABLE `batch_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`metric` text NOT NULL,
	`record_id` integer NOT NULL,
	`op` text NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `changes_batch_idx` ON `batch_changes` (`batch_id`);--> statement-breakpoint
CREATE INDEX `changes_record_idx` ON `batch_changes` (`metric`,`record_id`,`batch_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`created_at` text NOT NULL,
	`actor_id` text,
	`actor_email` text,
	`file_name` text,
	`sha256` text,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`deleted` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`refused` integer DEFAULT 0 NOT NULL,
	`retired` integer DEFAULT 0 NOT NULL,
	`revert_of` integer,
	`reverted_by` integer,
	`targets` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `batches_sha_idx` ON `import_batches` (`sha256`);--> statement-breakpoint
CREATE INDEX `batches_created_idx` ON `import_batches` (`created_at`);--> statement-breakpoint
ALTER TABLE `cadre_exchanges` ADD `batch_id` integer;--> statement-breakpoint
ALTER TABLE `cadre_exchanges` ADD `retired_by_batch` integer;--> statement-breakpoint
CREATE INDEX `cadre_batch_idx` ON `cadre_exchanges` (`batch_id`);--> statement-breakpoint
CREATE INDEX `cadre_retired_idx` ON `cadre_exchanges` (`retired_by_batch`);--> statement-breakpoint
ALTER TABLE `fund_records` ADD `batch_id` integer;--> statement-breakpoint
ALTER TABLE `fund_records` ADD `retired_by_batch` integer;--> statement-breakpoint
CREATE INDEX `fund_batch_idx` ON `fund_records` (`batch_id`);--> statement-breakpoint
CREATE INDEX `fund_retired_idx` ON `fund_records` (`retired_by_batch`);--> statement-breakpoint
ALTER TABLE `projects` ADD `batch_id` integer;--> statement-breakpoint
ALTER TABLE `projects` ADD `retired_by_batch` integer;--> statement-breakpoint
CREATE INDEX `project_batch_idx` ON `projects` (`batch_id`);--> statement-breakpoint
CREATE INDEX `project_retired_idx` ON `projects` (`retired_by_batch`);--> statement-breakpoint
ALTER TABLE `schools` ADD `batch_id` integer;--> statement-breakpoint
ALTER TABLE `schools` ADD `retired_by_batch` integer;--> statement-breakpoint
CREATE INDEX `school_batch_idx` ON `schools` (`batch_id`);--> statement-breakpoint
CREATE INDEX `school_retired_idx` ON `schools` (`retired_by_batch`);--> statement-breakpoint
ALTER TABLE `trainings` ADD `batch_id` integer;--> statement-breakpoint
ALTER TABLE `trainings` ADD `retired_by_batch` integer;--> statement-breakpoint
CREATE INDEX `training_batch_idx` ON `trainings` (`batch_id`);--> statement-breakpoint
CREATE INDEX `training_retired_idx` ON `trainings` (`retired_by_batch`);