-- The user schemas of the database with their comments, ordered by name. System schemas
-- (pg_catalog, information_schema, pg_toast*, pg_temp*) and schemas owned by extensions are left
-- out. Parameters: the names to restrict to (text[]; NULL for every user schema), twice.
SELECT n.nspname AS schema_name,
       pg_catalog.obj_description(n.oid, 'pg_namespace') AS comment
FROM pg_catalog.pg_namespace n
WHERE n.nspname NOT IN ('information_schema', 'pg_catalog')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
  AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
  AND (CAST(? AS text[]) IS NULL OR n.nspname = ANY (CAST(? AS text[])))
ORDER BY n.nspname COLLATE "C"
