-- current
CREATE TABLE t (a int, b text);
-- desired
CREATE TABLE t (a int, b text);
CREATE MATERIALIZED VIEW m AS SELECT b, count(*) AS n FROM t GROUP BY b;
CREATE UNIQUE INDEX m_b ON m (b);
CREATE INDEX m_n ON m (n DESC);
