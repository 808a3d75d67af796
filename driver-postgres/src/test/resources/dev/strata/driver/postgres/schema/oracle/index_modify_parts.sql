-- current
CREATE TABLE t (a int, b int);
CREATE INDEX t_idx ON t (a);
-- desired
CREATE TABLE t (a int, b int);
CREATE INDEX t_idx ON t USING btree (b, a);
