CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope` text NOT NULL,
	`district_code` text,
	`supporter_code` text,
	`metric` text NOT NULL,
	`period_from` integer NOT NULL,
	`period_to` integer NOT NULL,
	`target_value` integer NOT NULL,
	`baseline` integer,
	`profile` text,
	`source_id` text NOT NULL,
	`is_demo` integer NOT NULL,
	`note` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`district_code`) REFERENCES `districts`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supporter_code`) REFERENCES `supporters`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "target_value_non_negative" CHECK("targets"."target_value" >= 0),
	CONSTRAINT "target_period_order" CHECK("targets"."period_to" >= "targets"."period_from"),
	CONSTRAINT "target_scope_codes" CHECK(("targets"."scope" = 'program' and "targets"."district_code" is null and "targets"."supporter_code" is null)
        or ("targets"."scope" = 'district' and "targets"."district_code" is not null and "targets"."supporter_code" is null)
        or ("targets"."scope" = 'supporter' and "targets"."district_code" is null and "targets"."supporter_code" is not null)
        or ("targets"."scope" = 'pairing' and "targets"."district_code" is not null and "targets"."supporter_code" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `targets_cell_uq` ON `targets` (`scope`,`district_code`,`supporter_code`,`metric`,`period_from`,`period_to`);--> statement-breakpoint
CREATE INDEX `targets_metric_period_idx` ON `targets` (`metric`,`period_from`,`period_to`);