CREATE TABLE `record_supporters` (
	`metric` text NOT NULL,
	`record_id` integer NOT NULL,
	`supporter_code` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`metric`, `record_id`, `supporter_code`),
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_supporters_supporter_idx` ON `record_supporters` (`supporter_code`,`metric`);--> statement-breakpoint
ALTER TABLE `metric_rollup` ADD `joint_total` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `metric_rollup` ADD `joint_prior` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `pairings` ADD `since_note_zh` text;--> statement-breakpoint
ALTER TABLE `pairings` ADD `since_note_en` text;--> statement-breakpoint
ALTER TABLE `pairings` ADD `basis_zh` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `authors` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `url` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `inferred_zh` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `inferred_en` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `backs_zh` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `backs_en` text;--> statement-breakpoint
ALTER TABLE `sub_pairings` ADD `supporting_parent` text;--> statement-breakpoint
ALTER TABLE `sub_pairings` ADD `note` text;