-- The user schemas of the database and their tables, one row per table and one row with a NULL
-- table for an empty schema, ordered by name. Parameters: the schema to restrict to (NULL for every
-- schema), twice. System schemas, temporary schemas, partitions and objects owned by extensions are
-- left out, as Atlas's inspection leaves them out.
SELECT n.nspname AS schema_name, t.relname AS table_name
FROM pg_catalog.pg_namespace n
LEFT JOIN (
  SELECT c.relnamespace, c.relname
  FROM pg_catalog.pg_class c
  WHERE c.relkind IN ('r', 'p')
    AND NOT c.relispartition
    AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend d
      WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
) t ON t.relnamespace = n.oid
WHERE n.nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast', 'crdb_internal', 'pg_extension')
  AND n.nspname NOT LIKE 'pg\_%temp\_%'
  AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
  AND (CAST(? AS text) IS NULL OR n.nspname = ?)
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C"
