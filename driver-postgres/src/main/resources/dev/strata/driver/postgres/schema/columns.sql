-- Every column of every table of the given schemas (text[]), in ordinal order. Types are printed by
-- format_type and expressions by pg_get_expr, both relative to the connection's search_path. The
-- sequence a column owns (serial, deptype 'a') or that backs its identity (deptype 'i') comes with
-- its parameters, so that serial columns can be recognised without a query per table.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       a.attname AS column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS data_type,
       a.attnotnull AS not_null,
       pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) AS default_expr,
       a.attidentity AS identity,
       a.attgenerated AS generated,
       CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN co.collname END AS collation,
       pg_catalog.col_description(c.oid, a.attnum) AS comment,
       s.deptype AS seq_deptype,
       s.seq_name,
       s.seq_same_schema,
       s.seq_regclass,
       s.seq_type,
       s.seqstart AS seq_start,
       s.seqincrement AS seq_increment,
       s.seqmin AS seq_min,
       s.seqmax AS seq_max,
       s.seqcache AS seq_cache,
       s.seqcycle AS seq_cycle
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation
LEFT JOIN LATERAL (
  SELECT d.deptype, sc.relname AS seq_name, sc.relnamespace = c.relnamespace AS seq_same_schema,
         CAST(CAST(sc.oid AS regclass) AS text) AS seq_regclass,
         pg_catalog.format_type(sq.seqtypid, NULL) AS seq_type,
         sq.seqstart, sq.seqincrement, sq.seqmin, sq.seqmax, sq.seqcache, sq.seqcycle
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_class sc ON sc.oid = d.objid AND sc.relkind = 'S'
  JOIN pg_catalog.pg_sequence sq ON sq.seqrelid = sc.oid
  WHERE d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjid = c.oid
    AND d.refobjsubid = a.attnum AND d.classid = 'pg_catalog.pg_class'::regclass
    AND d.deptype IN ('a', 'i')
  ORDER BY d.deptype DESC, sc.relname
  LIMIT 1
) s ON true
WHERE a.attnum > 0
  AND NOT a.attisdropped
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY (CAST(? AS text[]))
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attnum
