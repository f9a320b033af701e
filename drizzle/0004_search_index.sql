-- Full-text search over every public record (lib/search/): one FTS5 table, one row per record a
-- reader can open. Only public records are indexed (the rule of lib/queries/visibility.ts), so a
-- draft's words can never surface in a result, a snippet or a count. The rows are written by
-- lib/search/indexer.ts, inside the transaction of every write that changes them; this
-- migration only creates the table, and lib/db/migrate.ts fills it for existing data the first
-- time it runs (the same indexer, so the rule lives in one place).
--
-- title and body are searched (titles weigh ten times the body in bm25); tags holds filter
-- tokens (kind, committee, year) so a filter narrows inside the index rather than row by row;
-- the UNINDEXED columns are what a result shows and what the facet counts group by.
CREATE VIRTUAL TABLE `search_fts` USING fts5(
	title,
	body,
	tags,
	kind UNINDEXED,
	record_id UNINDEXED,
	url UNINDEXED,
	context UNINDEXED,
	committee_id UNINDEXED,
	committee_slug UNINDEXED,
	committee_name UNINDEXED,
	year UNINDEXED,
	date UNINDEXED,
	tokenize = 'porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `search_fts` (`search_fts`, `rank`) VALUES ('rank', 'bm25(10.0, 1.0, 0.0)');
