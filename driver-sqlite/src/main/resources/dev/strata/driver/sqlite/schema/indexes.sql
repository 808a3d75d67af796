-- Every key part of every index in one query. origin is c (CREATE INDEX), u (UNIQUE constraint)
-- or pk (PRIMARY KEY of a table that is not a rowid alias); cid is -2 for an expression part.
-- The CREATE INDEX text carries expressions and the partial-index predicate.
SELECT m.name AS table_name, il.name AS index_name, il."unique", il.origin, il.partial, s.sql,
       ix.seqno, ix.cid, ix.name AS column_name, ix."desc", ix.coll
FROM sqlite_schema AS m
JOIN pragma_table_list AS l ON l.schema = 'main' AND l.name = m.name AND l.type = 'table'
JOIN pragma_index_list(m.name, 'main') AS il
JOIN pragma_index_xinfo(il.name, 'main') AS ix
LEFT JOIN sqlite_schema AS s ON s.type = 'index' AND s.name = il.name
WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' AND ix.key = 1
ORDER BY m.name, il.name, ix.seqno;
