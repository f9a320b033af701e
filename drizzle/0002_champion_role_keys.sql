PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_champion_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`committee_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`area` text NOT NULL,
	`role_label` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`source_document_id` integer,
	`source_line` integer,
	`published_with_meeting_id` integer,
	`stated_at_meeting_id` integer,
	`report_id` integer,
	`minute_number` integer,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_document_id`) REFERENCES `source_documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_with_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stated_at_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_champion_roles`("id", "committee_id", "person_id", "area", "role_label", "valid_from", "valid_to", "source_document_id", "source_line", "published_with_meeting_id", "stated_at_meeting_id", "report_id", "minute_number") SELECT "id", "committee_id", "person_id", "area", "role_label", "valid_from", "valid_to", "source_document_id", "source_line", "published_with_meeting_id", "stated_at_meeting_id", "report_id", "minute_number" FROM `champion_roles`;--> statement-breakpoint
DROP TABLE `champion_roles`;--> statement-breakpoint
ALTER TABLE `__new_champion_roles` RENAME TO `champion_roles`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `champion_roles_committee` ON `champion_roles` (`committee_id`);--> statement-breakpoint
CREATE INDEX `champion_roles_person` ON `champion_roles` (`person_id`);