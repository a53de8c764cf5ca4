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
CREATE UNIQUE INDEX `pairings_pair_uq` ON `pairings` (`supporter_code`,`district_code`);