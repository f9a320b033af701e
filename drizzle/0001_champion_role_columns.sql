ALTER TABLE `champion_roles` ADD `published_with_meeting_id` integer;--> statement-breakpoint
ALTER TABLE `champion_roles` ADD `stated_at_meeting_id` integer;--> statement-breakpoint
ALTER TABLE `champion_roles` ADD `report_id` integer;--> statement-breakpoint
ALTER TABLE `champion_roles` ADD `minute_number` integer;--> statement-breakpoint
CREATE INDEX `champion_roles_committee` ON `champion_roles` (`committee_id`);--> statement-breakpoint
CREATE INDEX `champion_roles_person` ON `champion_roles` (`person_id`);