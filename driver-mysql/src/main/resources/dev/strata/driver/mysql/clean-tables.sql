-- The user schemas of the server and their base tables, one row per table and one row with a NULL
-- table for an empty schema, in byte order of the names. Parameters: the schema to restrict to
-- (NULL for every schema), twice. System schemas are left out, as Atlas's inspection leaves them
-- out.
SELECT s.SCHEMA_NAME, t.TABLE_NAME
FROM information_schema.SCHEMATA s
LEFT JOIN information_schema.TABLES t
  ON t.TABLE_SCHEMA = s.SCHEMA_NAME AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
WHERE s.SCHEMA_NAME NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')
  AND (? IS NULL OR s.SCHEMA_NAME = ?)
ORDER BY BINARY s.SCHEMA_NAME, BINARY t.TABLE_NAME
