-- A view joining two tables, with a new table.
-- current
CREATE TABLE t (id int PRIMARY KEY, name varchar(10));
-- desired
CREATE TABLE t (id int PRIMARY KEY, name varchar(10)); CREATE TABLE u (tid int, v int); CREATE VIEW tv AS SELECT t.name, sum(u.v) AS total FROM t JOIN u ON u.tid = t.id GROUP BY t.name;
