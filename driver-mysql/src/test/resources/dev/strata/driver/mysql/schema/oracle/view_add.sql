-- A view added.
-- current
CREATE TABLE t (a int, b varchar(5));
-- desired
CREATE TABLE t (a int, b varchar(5)); CREATE VIEW v AS SELECT a, concat(b, '!') AS bb FROM t WHERE a > 1;
