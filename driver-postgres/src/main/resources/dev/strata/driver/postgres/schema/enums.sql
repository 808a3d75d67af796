-- The labels of the enum types of the given schemas (text[]), one row per label in sort order.
-- Types owned by extensions are left out.
SELECT n.nspname AS schema_name,
       t.typname AS type_name,
       e.enumlabel AS label
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid
WHERE t.typtype = 'e'
  AND n.nspname = ANY (CAST(? AS text[]))
  AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C", e.enumsortorder
