-- Functions, procedures and aggregates of the given schemas (text[]), with their identity
-- arguments. Functions and procedures come with pg_get_functiondef; an aggregate, which that
-- function refuses, with the pieces of its CREATE AGGREGATE. Routines owned by extensions are left
-- out. The quoted, schema-qualified name as pg_get_functiondef prints it lets the reader take the
-- schema out of the definition.
SELECT n.nspname AS schema_name,
       p.proname AS function_name,
       p.prokind AS kind,
       pg_catalog.pg_get_function_identity_arguments(p.oid) AS arguments,
       pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(p.proname) AS qualified_name,
       CASE WHEN p.prokind <> 'a' THEN pg_catalog.pg_get_functiondef(p.oid) END AS definition,
       CAST(a.aggtransfn AS regproc) AS agg_sfunc,
       pg_catalog.format_type(a.aggtranstype, NULL) AS agg_stype,
       CASE WHEN a.aggfinalfn <> 0 THEN CAST(CAST(a.aggfinalfn AS regproc) AS text) END AS agg_finalfunc,
       CASE WHEN a.aggcombinefn <> 0 THEN CAST(CAST(a.aggcombinefn AS regproc) AS text) END AS agg_combinefunc,
       a.agginitval AS agg_initcond,
       CASE WHEN a.aggsortop <> 0 THEN CAST(CAST(a.aggsortop AS regoperator) AS text) END AS agg_sortop
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
WHERE n.nspname = ANY (CAST(? AS text[]))
  AND NOT EXISTS (
    SELECT 1 FROM pg_catalog.pg_depend d
    WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY n.nspname COLLATE "C", p.proname COLLATE "C", 4
