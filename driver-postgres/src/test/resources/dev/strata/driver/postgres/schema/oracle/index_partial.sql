-- current
CREATE TABLE t (a int, deleted boolean);
CREATE INDEX t_a ON t (a) WHERE deleted;
-- desired
CREATE TABLE t (a int, deleted boolean);
CREATE INDEX t_a ON t (a) WHERE NOT deleted AND a > 0;
CREATE UNIQUE INDEX t_live ON t (a) WHERE deleted IS NULL;
