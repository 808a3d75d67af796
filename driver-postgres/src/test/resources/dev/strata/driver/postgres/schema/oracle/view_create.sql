-- current
CREATE TABLE t (a int, b text);
-- desired
CREATE TABLE t (a int, b text);
CREATE VIEW v AS SELECT a, upper(b) AS ub FROM t WHERE a > 0;
CREATE VIEW v2 AS SELECT a FROM t WITH CASCADED CHECK OPTION;
