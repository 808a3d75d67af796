-- The columns of the revisions table, in order; no row when the table (or its schema) is missing.
-- Parameters: the schema, then the table name. Plain equalities on both columns let MariaDB and
-- MySQL open only this table's definition.
SELECT COLUMN_NAME
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?
ORDER BY ORDINAL_POSITION
