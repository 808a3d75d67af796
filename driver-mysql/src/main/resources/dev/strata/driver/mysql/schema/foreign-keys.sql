-- The foreign-key columns of every table of one schema, in key order. Every parameter is the
-- schema. The actions come from foreign-key-actions.sql: joining the two catalog tables in SQL
-- costs MariaDB seconds on a schema of thousands of tables, two plain reads a fraction of that.
SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_TABLE_SCHEMA, REFERENCED_TABLE_NAME,
  REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE
WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION
