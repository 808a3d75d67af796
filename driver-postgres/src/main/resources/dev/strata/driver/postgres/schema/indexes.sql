-- Every index of the tables and materialized views of the given schemas (text[]), one row per
-- index column in key order (INCLUDE columns last). Indexes that are partitions of an index on a
-- partitioned parent are left out: the parent's index creates them. The index column's
-- expression comes from pg_get_indexdef(index, column); the operator class only when it is not the
-- default one; indoption bit 1 is DESC, bit 2 NULLS FIRST.
SELECT n.nspname AS schema_name,
       t.relname AS table_name,
       t.relkind AS table_kind,
       i.relname AS index_name,
       am.amname AS method,
       x.indisunique AS is_unique,
       x.indisprimary AS is_primary,
       con.contype AS constraint_type,
       con.conname AS constraint_name,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid) AS predicate,
       x.indnkeyatts AS key_columns,
       k.ord AS part,
       a.attname AS column_name,
       CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(x.indexrelid, CAST(k.ord AS int), false) END AS expression,
       CASE WHEN k.ord <= x.indnkeyatts THEN x.indoption[k.ord - 1] ELSE 0 END AS options,
       CASE WHEN k.ord <= x.indnkeyatts AND NOT opc.opcdefault THEN opc.opcname END AS opclass,
       CASE WHEN k.ord <= x.indnkeyatts AND x.indcollation[k.ord - 1] <> 0
                 AND x.indcollation[k.ord - 1] <> COALESCE(a.attcollation, 100)
            THEN co.collname END AS collation
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = i.relam
LEFT JOIN pg_catalog.pg_constraint con
  ON con.conindid = x.indexrelid AND con.conrelid = x.indrelid AND con.contype IN ('p', 'u', 'x')
CROSS JOIN LATERAL unnest(CAST(x.indkey AS int2[])) WITH ORDINALITY AS k(attnum, ord)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum AND k.attnum > 0
LEFT JOIN pg_catalog.pg_opclass opc ON opc.oid = x.indclass[k.ord - 1]
LEFT JOIN pg_catalog.pg_collation co ON co.oid = x.indcollation[k.ord - 1]
WHERE t.relkind IN ('r', 'p', 'm')
  AND n.nspname = ANY (CAST(? AS text[]))
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = x.indexrelid)
  AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C", i.relname COLLATE "C", k.ord
