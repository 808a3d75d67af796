-- The check constraints of every table of one schema. Every parameter is the schema. MariaDB
-- flavour: the catalog names the table and whether the check was written on a column; always
-- enforced.
SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL, 'YES' AS ENFORCED
FROM information_schema.CHECK_CONSTRAINTS
WHERE CONSTRAINT_SCHEMA = ?
ORDER BY TABLE_NAME, CONSTRAINT_NAME
