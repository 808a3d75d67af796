-- Ordinary tables of schema main with their WITHOUT ROWID and STRICT flags. Virtual tables and
-- their shadow tables (pragma_table_list types virtual and shadow) and SQLite's own sqlite_%
-- tables are left out.
SELECT m.name, m.sql, l.wr, l.strict
FROM sqlite_schema AS m
JOIN pragma_table_list AS l ON l.schema = 'main' AND l.name = m.name AND l.type = 'table'
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name;
