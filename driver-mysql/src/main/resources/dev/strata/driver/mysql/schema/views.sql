-- The views of one schema: the query as the server rewrote it (names qualified with the schema)
-- and the check option. Every parameter is the schema.
SELECT TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION
FROM information_schema.VIEWS
WHERE TABLE_SCHEMA = ?
ORDER BY TABLE_NAME
