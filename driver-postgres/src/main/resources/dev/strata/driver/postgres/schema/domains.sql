-- The domains of the given schemas (text[]): base type, collation, default, NOT NULL and their
-- CHECK constraints (CONSTRAINT name CHECK (...), ordered by name). Domains owned by extensions are
-- left out.
SELECT n.nspname AS schema_name,
       t.typname AS domain_name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN co.collname END AS collation,
       t.typdefault AS default_expr,
       t.typnotnull AS not_null,
       ARRAY(
         SELECT 'CONSTRAINT ' || pg_catalog.quote_ident(c.conname) || ' ' || pg_catalog.pg_get_constraintdef(c.oid)
         FROM pg_catalog.pg_constraint c
         WHERE c.contypid = t.oid AND c.contype = 'c'
         ORDER BY c.conname COLLATE "C") AS checks
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
WHERE t.typtype = 'd'
  AND n.nspname = ANY (CAST(? AS text[]))
  AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", t.typname COLLATE "C"
