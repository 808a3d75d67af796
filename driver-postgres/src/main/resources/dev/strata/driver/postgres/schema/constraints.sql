-- Foreign keys and check constraints of the tables of the given schemas (text[]). Constraints a
-- partition inherits from its parent (conparentid set, or a check that is not local) are left out:
-- the parent's constraint creates them. Key columns come as arrays in key order; the actions are
-- pg_constraint's codes (a, r, c, n, d).
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       con.conname AS constraint_name,
       con.contype AS constraint_type,
       ARRAY(
         SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
         ORDER BY k.ord) AS columns,
       rn.nspname AS ref_schema,
       rc.relname AS ref_table,
       ARRAY(
         SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
         ORDER BY k.ord) AS ref_columns,
       con.confupdtype AS on_update,
       con.confdeltype AS on_delete,
       CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid) END AS definition
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('f', 'c')
  AND c.relkind IN ('r', 'p')
  AND con.conparentid = 0
  AND con.conislocal
  AND n.nspname = ANY (CAST(? AS text[]))
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", con.conname COLLATE "C"
