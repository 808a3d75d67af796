-- Views and materialized views of the given schemas (text[]) with their queries (pg_get_viewdef,
-- relative to the connection's search_path) and the check option of a view, if any. Views owned
-- by extensions are left out.
SELECT n.nspname AS schema_name,
       c.relname AS view_name,
       c.relkind = 'm' AS materialized,
       pg_catalog.pg_get_viewdef(c.oid) AS definition,
       (SELECT substr(o, length('check_option=') + 1) FROM unnest(c.reloptions) AS o
        WHERE o LIKE 'check\_option=%') AS check_option
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname = ANY (CAST(? AS text[]))
  AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
