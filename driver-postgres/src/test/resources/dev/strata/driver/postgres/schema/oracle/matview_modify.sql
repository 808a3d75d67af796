-- current
CREATE TABLE t (a int, b text);
CREATE MATERIALIZED VIEW m AS SELECT b FROM t;
-- desired
CREATE TABLE t (a int, b text);
CREATE MATERIALIZED VIEW m AS SELECT b, a FROM t;
CREATE INDEX m_a ON m (a);
