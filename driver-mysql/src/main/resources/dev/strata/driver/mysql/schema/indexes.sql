-- The index parts of every table of one schema, the primary key's included, part by part. Every
-- parameter is the schema. MariaDB flavour: no functional key parts, so no EXPRESSION column.
SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, SEQ_IN_INDEX, COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE,
  NULL AS EXPRESSION
FROM information_schema.STATISTICS
WHERE TABLE_SCHEMA = ?
ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
