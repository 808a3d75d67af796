-- The columns of the revisions table: one row per column; a single row with a NULL column when the
-- schema exists without the table; no row when the schema is missing. Parameters: the table name,
-- then the schema (NULL for the connection's current database).
SELECT c.COLUMN_NAME
FROM information_schema.SCHEMATA s
LEFT JOIN information_schema.COLUMNS c
  ON c.TABLE_SCHEMA = s.SCHEMA_NAME AND c.TABLE_NAME = ?
WHERE s.SCHEMA_NAME = COALESCE(?, DATABASE())
