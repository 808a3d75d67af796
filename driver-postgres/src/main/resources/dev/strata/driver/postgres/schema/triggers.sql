-- User triggers on the tables of the given schemas (text[]): not internal ones (foreign keys) and
-- not the clones a partition gets from its parent's trigger (tgparentid, PostgreSQL 13 and later,
-- read through to_jsonb so that older servers run the same query). The quoted, qualified table
-- name as pg_get_triggerdef prints it lets the reader take the schema out of the definition.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       t.tgname AS trigger_name,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname) AS qualified_table,
       pg_catalog.pg_get_triggerdef(t.oid) AS definition
FROM pg_catalog.pg_trigger t
JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT t.tgisinternal
  AND c.relkind IN ('r', 'p')
  AND COALESCE(CAST(pg_catalog.to_jsonb(t) ->> 'tgparentid' AS oid), 0) = 0
  AND n.nspname = ANY (CAST(? AS text[]))
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", t.tgname COLLATE "C"
