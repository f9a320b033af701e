CREATE TABLE `import_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`sha256` text NOT NULL,
	`original` blob,
	`text` text NOT NULL,
	`parsed` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`meeting_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `sign_in_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`succeeded` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_attempts_key_at` ON `sign_in_attempts` (`key`,`created_at`);--> statement-breakpoint
CREATE TABLE `user_committees` (
	`user_id` integer NOT NULL,
	`committee_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `committee_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_minute_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`minutes_id` integer NOT NULL,
	`minute_number` integer,
	`number_label` text,
	`title` text NOT NULL,
	`body` text,
	`report_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_line` integer,
	`clerk_edited_fields` text DEFAULT '[]' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`minutes_id`) REFERENCES `minutes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_minute_entries`("id", "minutes_id", "minute_number", "number_label", "title", "body", "report_id", "sort_order", "source_line") SELECT "id", "minutes_id", "minute_number", CAST("minute_number" AS TEXT), "title", "body", "report_id", "sort_order", "source_line" FROM `minute_entries`;--> statement-breakpoint
DROP TABLE `minute_entries`;--> statement-breakpoint
ALTER TABLE `__new_minute_entries` RENAME TO `minute_entries`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `action_updates` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `actions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `agenda_items` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `agenda_plan_entries` ADD `clerk_edited_fields` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `agenda_plan_entries` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `appointments` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `before` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `after` text;--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit_log` (`created_at`);--> statement-breakpoint
ALTER TABLE `budget_line_values` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `committees` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `funding_facts` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `meetings` ADD `status_note` text;--> statement-breakpoint
ALTER TABLE `meetings` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `minutes` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `outside_bodies` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `people` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `resolutions` ADD `clerk_edited_fields` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `resolutions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `source_documents` ADD `media_type` text DEFAULT 'text/plain' NOT NULL;--> statement-breakpoint
ALTER TABLE `source_documents` ADD `original` blob;--> statement-breakpoint
ALTER TABLE `source_documents` ADD `page_count` integer;--> statement-breakpoint
ALTER TABLE `strategies` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `strategy_actions` ADD `clerk_edited_fields` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `strategy_actions` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `sessions_valid_after` text;--> statement-breakpoint
ALTER TABLE `users` ADD `last_sign_in_at` text;--> statement-breakpoint
ALTER TABLE `users` ADD `version` integer DEFAULT 1 NOT NULL;