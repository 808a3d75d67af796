-- Every column of every table in one query: table_xinfo (not table_info) so that generated
-- columns are listed, with hidden = 2 for VIRTUAL and 3 for STORED ones.
SELECT m.name AS table_name, c.cid, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden
FROM sqlite_schema AS m
JOIN pragma_table_list AS l ON l.schema = 'main' AND l.name = m.name AND l.type = 'table'
JOIN pragma_table_xinfo(m.name, 'main') AS c
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY m.name, c.cid;
