-- The tables, views and sequences of one schema with their options. Every parameter is the schema.
-- The character set is the one of the table's default collation.
SELECT t.TABLE_NAME, t.TABLE_TYPE, t.ENGINE, t.TABLE_COLLATION, c.CHARACTER_SET_NAME, t.TABLE_COMMENT
FROM information_schema.TABLES t
LEFT JOIN information_schema.COLLATIONS c ON c.COLLATION_NAME = t.TABLE_COLLATION
WHERE t.TABLE_SCHEMA = ?
ORDER BY t.TABLE_NAME
