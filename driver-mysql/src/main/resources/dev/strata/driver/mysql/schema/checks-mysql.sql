-- The check constraints of every table of one schema. Every parameter is the schema. MySQL flavour
-- (8.0.16+): the table comes from TABLE_CONSTRAINTS, which also says whether it is enforced.
SELECT t.TABLE_NAME, t.CONSTRAINT_NAME, c.CHECK_CLAUSE, 'Table' AS LEVEL, t.ENFORCED
FROM information_schema.TABLE_CONSTRAINTS t
JOIN information_schema.CHECK_CONSTRAINTS c
  ON c.CONSTRAINT_SCHEMA = t.CONSTRAINT_SCHEMA AND c.CONSTRAINT_NAME = t.CONSTRAINT_NAME
WHERE t.CONSTRAINT_TYPE = 'CHECK' AND t.TABLE_SCHEMA = ? AND c.CONSTRAINT_SCHEMA = ?
ORDER BY t.TABLE_NAME, t.CONSTRAINT_NAME
