-- Every schema (database) of the server with its defaults, and the connection's current database
-- (NULL when the connection is realm-scoped) on every row. MySQL flavour: schemas have no comment.
SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME, '' AS SCHEMA_COMMENT, DATABASE()
FROM information_schema.SCHEMATA
ORDER BY SCHEMA_NAME
