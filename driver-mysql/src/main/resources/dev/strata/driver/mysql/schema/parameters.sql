-- The parameters of every routine of one schema in order; position 0 is a function's return type.
-- Every parameter is the schema.
SELECT SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION, PARAMETER_MODE, PARAMETER_NAME, DTD_IDENTIFIER
FROM information_schema.PARAMETERS
WHERE SPECIFIC_SCHEMA = ?
ORDER BY SPECIFIC_NAME, ROUTINE_TYPE, ORDINAL_POSITION
