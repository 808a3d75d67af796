-- The columns of the revisions table: one row per column; a single row with a NULL column when the
-- schema exists without the table; no row when the schema is missing. Parameters: the table name,
-- then the schema (NULL for the connection's current schema).
SELECT a.attname
FROM pg_catalog.pg_namespace n
LEFT JOIN pg_catalog.pg_class c
  ON c.relnamespace = n.oid AND c.relname = ? AND c.relkind IN ('r', 'p')
LEFT JOIN pg_catalog.pg_attribute a
  ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE n.nspname = COALESCE(CAST(? AS text), current_schema())
