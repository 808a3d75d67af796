-- Views and triggers with the statements that created them.
SELECT type, name, tbl_name, sql
FROM sqlite_schema
WHERE type IN ('view', 'trigger') AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY type, name;
