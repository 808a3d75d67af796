-- probe: a view over a view whose name sorts later
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int); CREATE VIEW b_base AS SELECT a FROM t; CREATE VIEW a_top AS SELECT a FROM b_base;
