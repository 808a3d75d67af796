-- Sequences of the given schemas (text[]) that no identity column owns, with their parameters and
-- the column that owns them (OWNED BY, deptype 'a'), if any. Sequences owned by extensions are
-- left out. Whether an owned sequence is a serial column's is decided with the columns.
SELECT n.nspname AS schema_name,
       c.relname AS sequence_name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start_value,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcycle AS cycle,
       oc.relname AS owner_table,
       oa.attname AS owner_column
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend d
  ON d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid
     AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class oc ON oc.oid = d.refobjid
LEFT JOIN pg_catalog.pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
WHERE n.nspname = ANY (CAST(? AS text[]))
  AND (d.deptype IS NULL OR d.deptype = 'a')
  AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_depend e
    WHERE e.classid = 'pg_catalog.pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
