-- Every publish in order, for the instances of the site to follow (lib/publishing/journal.ts).
CREATE TABLE `revalidation_journal` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`origin` text NOT NULL,
	`changes` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `revalidation_journal_created` ON `revalidation_journal` (`created_at`);