-- The stored functions and procedures of one schema: body as written and characteristics. The
-- parameters come from parameters.sql. Every parameter is the schema.
SELECT ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_DEFINITION, IS_DETERMINISTIC, SQL_DATA_ACCESS,
  SECURITY_TYPE, ROUTINE_COMMENT
FROM information_schema.ROUTINES
WHERE ROUTINE_SCHEMA = ?
ORDER BY ROUTINE_NAME, ROUTINE_TYPE
