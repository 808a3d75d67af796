-- Indexes come back after a rebuild.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INT); CREATE INDEX t_a ON t (a); CREATE UNIQUE INDEX t_b ON t (b) WHERE b > 0;
-- data
INSERT INTO t VALUES (1, 'x', 1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT '', b INT); CREATE INDEX t_a ON t (a); CREATE UNIQUE INDEX t_b ON t (b) WHERE b > 0;
