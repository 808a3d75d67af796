-- probe: a view calling a stored function
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int); CREATE FUNCTION dbl(x int) RETURNS int DETERMINISTIC RETURN x * 2; CREATE VIEW v AS SELECT dbl(a) AS d FROM t;
