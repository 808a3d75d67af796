-- Every foreign key of every table in one query, one row per column pair. "to" is NULL when the
-- clause names no columns (it references the parent's primary key).
SELECT m.name AS table_name, f.id, f.seq, f."table" AS ref_table, f."from", f."to",
       f.on_update, f.on_delete
FROM sqlite_schema AS m
JOIN pragma_table_list AS l ON l.schema = 'main' AND l.name = m.name AND l.type = 'table'
JOIN pragma_foreign_key_list(m.name, 'main') AS f
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, f.id, f.seq;
