-- An index led by every foreign key that a page, a list, an import or a delete follows, so a large
-- council's pages read the rows of one parent instead of scanning a whole table: a report page
-- scanned all of report_sections (137,000 rows in a large council) for one report's sections, a
-- meeting page all of attendance and minute_entries, an action page all of action_updates; and
-- SQLite scans the child table for each parent row deleted when the foreign key has no index (a
-- re-import deletes a meeting's rows, cascading to theirs). A child read in print order
-- (WHERE parent = ? ORDER BY sort_order, id) gets (parent, sort_order), which also returns the
-- rows in that order without a sort.
--
-- Left without an index on purpose: source_document_id on the record tables (documents are never
-- deleted and no query finds records by their document; meetings and import runs, which are
-- looked up by document, have one). tests/integration/indexes.test.ts holds the rule.
--
-- IF NOT EXISTS: a database an operator already indexed by hand migrates without an error.
CREATE INDEX IF NOT EXISTS `action_owners_person` ON `action_owners` (`person_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `action_updates_action` ON `action_updates` (`action_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `action_updates_reported_at` ON `action_updates` (`reported_at_meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `actions_origin_meeting` ON `actions` (`origin_meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `actions_origin_entry` ON `actions` (`origin_minute_entry_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `agenda_items_section` ON `agenda_items` (`section_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `agenda_plan_published_with` ON `agenda_plan_entries` (`published_with_meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `agenda_sections_meeting` ON `agenda_sections` (`meeting_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `appointments_body` ON `appointments` (`outside_body_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `appointments_person` ON `appointments` (`person_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `appointments_listed_at` ON `appointments` (`listed_at_meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `attendance_minutes` ON `attendance` (`minutes_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `attendance_person` ON `attendance` (`person_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `attendance_substituting_for` ON `attendance` (`substituting_for_person_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `audit_user` ON `audit_log` (`user_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `budget_line_values_line` ON `budget_line_values` (`budget_line_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `budget_line_values_meeting` ON `budget_line_values` (`meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `budget_line_values_report` ON `budget_line_values` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `champion_roles_published_with` ON `champion_roles` (`published_with_meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `champion_roles_stated_at` ON `champion_roles` (`stated_at_meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `champion_roles_report` ON `champion_roles` (`report_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `committee_aliases_committee` ON `committee_aliases` (`committee_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `memberships_person` ON `committee_memberships` (`person_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `memberships_as_at_meeting` ON `committee_memberships` (`as_at_meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `committees_authority` ON `committees` (`authority_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `environment_implications_report` ON `environment_implications` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `footnotes_report` ON `footnotes` (`report_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `funding_facts_meeting` ON `funding_facts` (`meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `funding_facts_report` ON `funding_facts` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `import_issues_run` ON `import_issues` (`import_run_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `import_issues_resolved_by` ON `import_issues` (`resolved_by`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `import_reviews_meeting` ON `import_reviews` (`meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `import_reviews_created_by` ON `import_reviews` (`created_by`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `import_reviews_decided_by` ON `import_reviews` (`decided_by`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `import_runs_meeting` ON `import_runs` (`meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `import_runs_source_document` ON `import_runs` (`source_document_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `meetings_source_document` ON `meetings` (`source_document_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `minute_entries_minutes` ON `minute_entries` (`minutes_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `minute_entries_report` ON `minute_entries` (`report_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `minutes_printed_in` ON `minutes` (`printed_in_meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `officer_clearances_report` ON `officer_clearances` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `outside_bodies_appointing_committee` ON `outside_bodies` (`appointing_committee_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `posts_person` ON `posts` (`person_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `priority_outcomes_priority` ON `priority_outcomes` (`priority_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `recommendations_report` ON `recommendations` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `report_contacts_report` ON `report_contacts` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `report_contacts_person` ON `report_contacts` (`person_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `report_implications_report` ON `report_implications` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `report_sections_report` ON `report_sections` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `report_source_documents_report` ON `report_source_documents` (`report_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `reports_agenda_item` ON `reports` (`agenda_item_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `resolution_parts_resolution` ON `resolution_parts` (`resolution_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `resolutions_minute_entry` ON `resolutions` (`minute_entry_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `strategies_committee` ON `strategies` (`committee_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `strategies_meeting` ON `strategies` (`meeting_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `strategies_report` ON `strategies` (`report_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `strategy_actions_strategy` ON `strategy_actions` (`strategy_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `strategy_actions_priority` ON `strategy_actions` (`priority_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `strategy_priorities_strategy` ON `strategy_priorities` (`strategy_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `user_committees_committee` ON `user_committees` (`committee_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `workshop_items_workshop` ON `workshop_items` (`workshop_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `workshops_committee` ON `workshops` (`committee_id`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `workshops_published_with` ON `workshops` (`published_with_meeting_id`);
