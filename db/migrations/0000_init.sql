CREATE TABLE `cadre_exchanges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`period_from` integer,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`source_id` text NOT NULL,
	`is_demo` integer NOT NULL,
	`note` text,
	`direction` text NOT NULL,
	`persons` integer NOT NULL,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "cadre_persons_positive" CHECK("cadre_exchanges"."persons" > 0)
);
--> statement-breakpoint
CREATE INDEX `cadre_persons_idx` ON `cadre_exchanges` (`persons`);--> statement-breakpoint
CREATE INDEX `cadre_year_idx` ON `cadre_exchanges` (`year`,`id`);--> statement-breakpoint
CREATE INDEX `cadre_supporter_idx` ON `cadre_exchanges` (`supporter_code`);--> statement-breakpoint
CREATE INDEX `cadre_district_persons_idx` ON `cadre_exchanges` (`district_code`,`persons`);--> statement-breakpoint
CREATE TABLE `dataset_info` (
	`id` integer PRIMARY KEY NOT NULL,
	`as_of` text NOT NULL,
	`loaded_at` text NOT NULL,
	`generator` text NOT NULL,
	`seed` integer NOT NULL,
	`scale` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `districts` (
	`code` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`kind` text NOT NULL,
	`river_order` integer NOT NULL,
	`side` text NOT NULL,
	`former_code` text
);
--> statement-breakpoint
CREATE TABLE `fund_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`period_from` integer,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`source_id` text NOT NULL,
	`is_demo` integer NOT NULL,
	`note` text,
	`amount_wan` integer NOT NULL,
	`kind` text NOT NULL,
	`sector` text,
	`aid_project_count` integer,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "fund_amount_positive" CHECK("fund_records"."amount_wan" > 0)
);
--> statement-breakpoint
CREATE INDEX `fund_amount_idx` ON `fund_records` (`amount_wan`);--> statement-breakpoint
CREATE INDEX `fund_year_idx` ON `fund_records` (`year`,`id`);--> statement-breakpoint
CREATE INDEX `fund_sector_idx` ON `fund_records` (`sector`);--> statement-breakpoint
CREATE INDEX `fund_supporter_idx` ON `fund_records` (`supporter_code`);--> statement-breakpoint
CREATE INDEX `fund_district_amount_idx` ON `fund_records` (`district_code`,`amount_wan`);--> statement-breakpoint
CREATE TABLE `highlights` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`district_code` text NOT NULL,
	`supporter_code` text,
	`text_zh` text NOT NULL,
	`text_en` text NOT NULL,
	`year` integer,
	`source_id` text NOT NULL,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `metric_rollup` (
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
	PRIMARY KEY(`metric`, `year`, `supporter_code`, `district_code`, `sector`, `period_start`)
);
--> statement-breakpoint
CREATE INDEX `rollup_metric_district_idx` ON `metric_rollup` (`metric`,`district_code`,`year`);--> statement-breakpoint
CREATE INDEX `rollup_metric_supporter_idx` ON `metric_rollup` (`metric`,`supporter_code`,`year`);--> statement-breakpoint
CREATE TABLE `pairings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`since_year` integer NOT NULL,
	`confidence` text NOT NULL,
	`basis` text NOT NULL,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pairings_pair_uq` ON `pairings` (`supporter_code`,`district_code`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`period_from` integer,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`source_id` text NOT NULL,
	`is_demo` integer NOT NULL,
	`note` text,
	`name` text NOT NULL,
	`sector` text,
	`investment_wan` integer NOT NULL,
	`status` text NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "project_quantity_positive" CHECK("projects"."quantity" > 0)
);
--> statement-breakpoint
CREATE INDEX `project_investment_idx` ON `projects` (`investment_wan`);--> statement-breakpoint
CREATE INDEX `project_year_idx` ON `projects` (`year`,`id`);--> statement-breakpoint
CREATE INDEX `project_sector_idx` ON `projects` (`sector`);--> statement-breakpoint
CREATE INDEX `project_supporter_idx` ON `projects` (`supporter_code`);--> statement-breakpoint
CREATE INDEX `project_district_investment_idx` ON `projects` (`district_code`,`investment_wan`);--> statement-breakpoint
CREATE TABLE `schools` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`period_from` integer,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`source_id` text NOT NULL,
	`is_demo` integer NOT NULL,
	`note` text,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`investment_wan` integer,
	`quantity` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "school_quantity_positive" CHECK("schools"."quantity" > 0)
);
--> statement-breakpoint
CREATE INDEX `school_investment_idx` ON `schools` (`investment_wan`);--> statement-breakpoint
CREATE INDEX `school_year_idx` ON `schools` (`year`,`id`);--> statement-breakpoint
CREATE INDEX `school_supporter_idx` ON `schools` (`supporter_code`);--> statement-breakpoint
CREATE INDEX `school_district_investment_idx` ON `schools` (`district_code`,`investment_wan`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`publisher` text,
	`published_on` text,
	`note` text,
	`is_demo` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sub_pairings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`supporting_unit` text NOT NULL,
	`receiving_unit` text NOT NULL,
	`since_year` integer,
	`source_id` text NOT NULL,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `supporters` (
	`code` text PRIMARY KEY NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`level` text NOT NULL,
	`parent_code` text,
	FOREIGN KEY (`parent_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `supporters_parent_idx` ON `supporters` (`parent_code`);--> statement-breakpoint
CREATE TABLE `top_record_index` (
	`metric` text NOT NULL,
	`record_id` integer NOT NULL,
	`year` integer NOT NULL,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`sector` text NOT NULL,
	`period_start` integer NOT NULL,
	`rank_value` integer,
	PRIMARY KEY(`metric`, `record_id`)
);
--> statement-breakpoint
CREATE INDEX `top_metric_rank_idx` ON `top_record_index` (`metric`,`rank_value`,`record_id`);--> statement-breakpoint
CREATE INDEX `top_metric_district_idx` ON `top_record_index` (`metric`,`district_code`,`rank_value`);--> statement-breakpoint
CREATE INDEX `top_metric_supporter_idx` ON `top_record_index` (`metric`,`supporter_code`,`rank_value`);--> statement-breakpoint
CREATE TABLE `trainings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`period_from` integer,
	`supporter_code` text NOT NULL,
	`district_code` text NOT NULL,
	`source_id` text NOT NULL,
	`is_demo` integer NOT NULL,
	`note` text,
	`programme` text NOT NULL,
	`kind` text NOT NULL,
	`participants` integer NOT NULL,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "training_participants_positive" CHECK("trainings"."participants" > 0)
);
--> statement-breakpoint
CREATE INDEX `training_participants_idx` ON `trainings` (`participants`);--> statement-breakpoint
CREATE INDEX `training_year_idx` ON `trainings` (`year`,`id`);--> statement-breakpoint
CREATE INDEX `training_supporter_idx` ON `trainings` (`supporter_code`);--> statement-breakpoint
CREATE INDEX `training_district_participants_idx` ON `trainings` (`district_code`,`participants`);