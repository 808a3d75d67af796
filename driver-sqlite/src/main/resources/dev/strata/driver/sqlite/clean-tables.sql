-- The tables of one schema, in name order, without SQLite's own sqlite_* tables. The quoted
-- schema name replaces the placeholder in the FROM clause.
SELECT name FROM {schema}.sqlite_master
WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY name
