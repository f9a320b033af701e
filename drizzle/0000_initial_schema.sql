CREATE TABLE `action_owners` (
	`action_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`action_id`, `person_id`),
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `action_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`reported_at_meeting_id` integer,
	`comment` text,
	`status` text,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`action_id`) REFERENCES `actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reported_at_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`slug` text NOT NULL,
	`origin_meeting_id` integer,
	`origin_meeting_date` text,
	`origin_minute_entry_id` integer,
	`minute_number` text,
	`item_title` text,
	`description` text NOT NULL,
	`responsible` text,
	`status` text,
	`is_complete` integer DEFAULT false NOT NULL,
	`publication` text DEFAULT 'published' NOT NULL,
	`clerk_edited_fields` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`origin_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`origin_minute_entry_id`) REFERENCES `minute_entries`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `actions_slug_unique` ON `actions` (`slug`);--> statement-breakpoint
CREATE INDEX `actions_committee` ON `actions` (`committee_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`section_id` integer,
	`number_label` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`title` text NOT NULL,
	`page_start` integer,
	`page_end` integer,
	`item_kind` text DEFAULT 'other' NOT NULL,
	`body_text` text,
	`source_document_id` integer,
	`source_line` integer,
	`clerk_edited_fields` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`section_id`) REFERENCES `agenda_sections`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agenda_items_meeting_number` ON `agenda_items` (`meeting_id`,`number_label`);--> statement-breakpoint
CREATE TABLE `agenda_plan_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`published_with_meeting_id` integer NOT NULL,
	`meeting_date` text,
	`meeting_date_as_printed` text,
	`is_reserve` integer DEFAULT false NOT NULL,
	`is_provisional` integer DEFAULT false NOT NULL,
	`item` text NOT NULL,
	`lead_officer` text,
	`key_decision_ref` text,
	`draft_deadline` text,
	`despatch_date` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_with_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_plan_committee` ON `agenda_plan_entries` (`committee_id`,`meeting_date`);--> statement-breakpoint
CREATE TABLE `agenda_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`heading` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`outside_body_id` integer NOT NULL,
	`person_id` integer,
	`name_as_printed` text NOT NULL,
	`party` text,
	`is_substitute` integer DEFAULT false NOT NULL,
	`listed_at_meeting_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_document_id` integer,
	FOREIGN KEY (`outside_body_id`) REFERENCES `outside_bodies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`listed_at_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`minutes_id` integer NOT NULL,
	`person_id` integer,
	`name_as_printed` text NOT NULL,
	`status` text NOT NULL,
	`role_label` text,
	`substituting_for` text,
	`substituting_for_person_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`minutes_id`) REFERENCES `minutes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`substituting_for_person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer,
	`detail` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity_type`,`entity_id`);--> statement-breakpoint
CREATE TABLE `authorities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`website` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `authorities_name_unique` ON `authorities` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `authorities_slug_unique` ON `authorities` (`slug`);--> statement-breakpoint
CREATE TABLE `budget_line_values` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`budget_line_id` integer NOT NULL,
	`report_id` integer,
	`meeting_id` integer NOT NULL,
	`table_name` text NOT NULL,
	`line_as_printed` text NOT NULL,
	`unit` text NOT NULL,
	`is_total` integer DEFAULT false NOT NULL,
	`budget` real,
	`actual` real,
	`variance` real,
	`previous_variance` real,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`budget_line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_lines_key` ON `budget_lines` (`committee_id`,`name_key`);--> statement-breakpoint
CREATE TABLE `champion_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`area` text NOT NULL,
	`role_label` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `committee_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`alias` text NOT NULL,
	`alias_key` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `committee_aliases_alias_key_unique` ON `committee_aliases` (`alias_key`);--> statement-breakpoint
CREATE TABLE `committee_memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`role_as_printed` text,
	`as_at_meeting_id` integer,
	`valid_from` text,
	`valid_to` text,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`as_at_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_unique` ON `committee_memberships` (`committee_id`,`person_id`,`as_at_meeting_id`);--> statement-breakpoint
CREATE TABLE `committees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`authority_id` integer NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`short_name` text,
	`description` text,
	`publication` text DEFAULT 'published' NOT NULL,
	`clerk_edited_fields` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`authority_id`) REFERENCES `authorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `committees_slug_unique` ON `committees` (`slug`);--> statement-breakpoint
CREATE TABLE `environment_implications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`number` integer,
	`implication` text NOT NULL,
	`status` text,
	`explanation` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `footnotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`marker` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `funding_facts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`report_id` integer,
	`label` text NOT NULL,
	`amount_gbp` real NOT NULL,
	`as_printed` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `import_issues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_run_id` integer NOT NULL,
	`severity` text NOT NULL,
	`code` text NOT NULL,
	`line` integer,
	`message` text NOT NULL,
	`resolved_by` integer,
	`resolution` text,
	FOREIGN KEY (`import_run_id`) REFERENCES `import_runs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `import_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_document_id` integer,
	`meeting_id` integer,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`parser_version` text NOT NULL,
	`status` text NOT NULL,
	`stats` text,
	`actor` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`finished_at` text,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`slug` text NOT NULL,
	`meeting_date` text NOT NULL,
	`date_as_printed` text,
	`start_time` text,
	`end_time` text,
	`time_as_printed` text,
	`venue` text,
	`room` text,
	`is_virtual` integer DEFAULT false NOT NULL,
	`virtual_platforms` text,
	`status` text DEFAULT 'scheduled' NOT NULL,
	`clerk_name` text,
	`clerk_phone` text,
	`clerk_email` text,
	`source_document_id` integer,
	`source_line` integer,
	`publication` text DEFAULT 'published' NOT NULL,
	`clerk_edited_fields` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_slug_unique` ON `meetings` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `meetings_committee_date` ON `meetings` (`committee_id`,`meeting_date`);--> statement-breakpoint
CREATE INDEX `meetings_date` ON `meetings` (`meeting_date`);--> statement-breakpoint
CREATE TABLE `minute_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`minutes_id` integer NOT NULL,
	`minute_number` integer NOT NULL,
	`title` text NOT NULL,
	`body` text,
	`report_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_line` integer,
	FOREIGN KEY (`minutes_id`) REFERENCES `minutes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `minutes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`printed_in_meeting_id` integer,
	`start_time` text,
	`end_time` text,
	`source_document_id` integer,
	`source_line` integer,
	`publication` text DEFAULT 'published' NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`printed_in_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_meeting_id_unique` ON `minutes` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `officer_clearances` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`question` text NOT NULL,
	`answer` text,
	`officer_name` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `outside_bodies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name_key` text NOT NULL,
	`number` integer,
	`name` text NOT NULL,
	`description` text,
	`meetings_per_annum` text,
	`reps_appointed` text,
	`contact` text,
	`appointing_committee_id` integer,
	`publication` text DEFAULT 'published' NOT NULL,
	`clerk_edited_fields` text DEFAULT '[]' NOT NULL,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`appointing_committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outside_bodies_slug_unique` ON `outside_bodies` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `outside_bodies_name_key_unique` ON `outside_bodies` (`name_key`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`full_name` text NOT NULL,
	`honorific` text,
	`email` text,
	`phone` text,
	`is_councillor` integer DEFAULT false NOT NULL,
	`party` text,
	`publication` text DEFAULT 'published' NOT NULL,
	`clerk_edited_fields` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_slug_unique` ON `people` (`slug`);--> statement-breakpoint
CREATE TABLE `person_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`alias` text NOT NULL,
	`alias_key` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_aliases_person_key` ON `person_aliases` (`person_id`,`alias_key`);--> statement-breakpoint
CREATE INDEX `person_aliases_key` ON `person_aliases` (`alias_key`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`title` text NOT NULL,
	`organisation` text,
	`valid_from` text,
	`valid_to` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `priority_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`priority_id` integer NOT NULL,
	`text` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`priority_id`) REFERENCES `strategy_priorities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`label` text,
	`text` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`person_id` integer,
	`contact_type` text NOT NULL,
	`name` text NOT NULL,
	`post` text,
	`email` text,
	`telephone` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `report_implications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`category` text NOT NULL,
	`text` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`kind` text NOT NULL,
	`number` text,
	`level` integer,
	`text` text,
	`data` text,
	`source_line` integer,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `report_source_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`report_id` integer NOT NULL,
	`title` text NOT NULL,
	`location` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`agenda_item_id` integer,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`to_text` text,
	`meeting_date_as_printed` text,
	`from_text` text,
	`electoral_divisions` text,
	`key_decision` integer,
	`key_decision_as_printed` text,
	`forward_plan_ref` text,
	`purpose` text,
	`recommendation_lead_in` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_document_id` integer,
	`source_line` integer,
	`source_line_end` integer,
	`publication` text DEFAULT 'published' NOT NULL,
	`clerk_edited_fields` text DEFAULT '[]' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_slug_unique` ON `reports` (`slug`);--> statement-breakpoint
CREATE INDEX `reports_meeting` ON `reports` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `resolution_parts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resolution_id` integer NOT NULL,
	`label` text,
	`text` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`resolution_id`) REFERENCES `resolutions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `resolutions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`minute_entry_id` integer NOT NULL,
	`slug` text NOT NULL,
	`preamble` text,
	`outcome` text,
	`votes_for` integer,
	`votes_against` integer,
	`abstentions` integer,
	`text` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`publication` text DEFAULT 'published' NOT NULL,
	FOREIGN KEY (`minute_entry_id`) REFERENCES `minute_entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `resolutions_slug_unique` ON `resolutions` (`slug`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `source_documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text DEFAULT 'agenda_pack' NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`line_count` integer NOT NULL,
	`content` text NOT NULL,
	`attribution` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_documents_sha256_unique` ON `source_documents` (`sha256`);--> statement-breakpoint
CREATE TABLE `strategies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`report_id` integer,
	`meeting_id` integer NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`publication` text DEFAULT 'published' NOT NULL,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `strategies_slug_unique` ON `strategies` (`slug`);--> statement-breakpoint
CREATE TABLE `strategy_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer NOT NULL,
	`priority_id` integer,
	`ref` text NOT NULL,
	`description` text NOT NULL,
	`lead_officer` text,
	`first_milestone` text,
	`continues_until` text,
	`resources` text,
	`risks` text,
	`outputs` text,
	`decision_route` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_line` integer,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`priority_id`) REFERENCES `strategy_priorities`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `strategy_priorities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`strategy_id` integer NOT NULL,
	`number` integer,
	`title` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`strategy_id`) REFERENCES `strategies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text DEFAULT 'clerk' NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `workshop_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workshop_id` integer NOT NULL,
	`number` text,
	`title` text NOT NULL,
	`presenter` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `workshops` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`published_with_meeting_id` integer NOT NULL,
	`workshop_date` text,
	`date_as_printed` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`source_document_id` integer,
	`source_line` integer,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_with_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade
);
