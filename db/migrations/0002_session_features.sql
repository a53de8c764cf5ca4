CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`account_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`user_id` text NOT NULL,
	`access_token` text,
	`refresh_token` text,
	`id_token` text,
	`access_token_expires_at` integer,
	`refresh_token_expires_at` integer,
	`scope` text,
	`password` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `account_user_idx` ON `account` (`user_id`);--> statement-breakpoint
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
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL,
	`token` text NOT NULL,
	`ip_address` text,
	`user_agent` text,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `session_token_unique` ON `session` (`token`);--> statement-breakpoint
CREATE INDEX `session_user_idx` ON `session` (`user_id`);--> statement-breakpoint
CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`last_failure_at` integer NOT NULL,
	`blocked_until` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `user` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`email_verified` integer DEFAULT false NOT NULL,
	`image` text,
	`role` text DEFAULT 'viewer' NOT NULL,
	`scope_districts` text DEFAULT '' NOT NULL,
	`scope_supporters` text DEFAULT '' NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`must_change_password` integer DEFAULT true NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_email_unique` ON `user` (`email`);--> statement-breakpoint
CREATE TABLE `verification` (
	`id` text PRIMARY KEY NOT NULL,
	`identifier` text NOT NULL,
	`value` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsecond') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `verification_identifier_idx` ON `verification` (`identifier`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_metric_rollup` (
	`metric` text NOT NULL,
	`year` integer NOT NULL,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`sector` text NOT NULL,
	`period_start` integer NOT NULL,
	`total` integer NOT NULL,
	`demo_total` integer NOT NULL,
	`cumulative_total` integer NOT NULL,
	`records` integer NOT NULL,
	`joint_total` integer DEFAULT 0 NOT NULL,
	`joint_prior` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`metric`, `year`, `supporter_code`, `district_code`, `sector`, `period_start`, `joint_prior`)
);
--> statement-breakpoint
INSERT INTO `__new_metric_rollup`("metric", "year", "supporter_code", "district_code", "sector", "period_start", "total", "demo_total", "cumulative_total", "records", "joint_total", "joint_prior") SELECT "metric", "year", "supporter_code", "district_code", "sector", "period_start", "total", "demo_total", "cumulative_total", "records", "joint_total", "joint_prior" FROM `metric_rollup`;--> statement-breakpoint
DROP TABLE `metric_rollup`;--> statement-breakpoint
ALTER TABLE `__new_metric_rollup` RENAME TO `metric_rollup`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `rollup_metric_district_idx` ON `metric_rollup` (`metric`,`district_code`,`year`);--> statement-breakpoint
CREATE INDEX `rollup_metric_supporter_idx` ON `metric_rollup` (`metric`,`supporter_code`,`year`);--> statement-breakpoint
CREATE TABLE `__new_pairings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`since_year` integer,
	`since_note_zh` text,
	`since_note_en` text,
	`confidence` text NOT NULL,
	`basis` text NOT NULL,
	`basis_zh` text,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_pairings`("id", "supporter_code", "district_code", "since_year", "since_note_zh", "since_note_en", "confidence", "basis", "basis_zh") SELECT "id", "supporter_code", "district_code", "since_year", "since_note_zh", "since_note_en", "confidence", "basis", "basis_zh" FROM `pairings`;--> statement-breakpoint
DROP TABLE `pairings`;--> statement-breakpoint
ALTER TABLE `__new_pairings` RENAME TO `pairings`;--> statement-breakpoint
CREATE UNIQUE INDEX `pairings_pair_uq` ON `pairings` (`supporter_code`,`district_code`);--> statement-breakpoint
ALTER TABLE `sources` ADD `authors` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `url` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `inferred_zh` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `inferred_en` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `backs_zh` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `backs_en` text;--> statement-breakpoint
ALTER TABLE `sub_pairings` ADD `supporting_parent` text;--> statement-breakpoint
ALTER TABLE `sub_pairings` ADD `note` text;