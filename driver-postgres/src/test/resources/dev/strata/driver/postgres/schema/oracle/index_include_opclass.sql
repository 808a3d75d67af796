-- current
CREATE TABLE t (a int, b text, c text);
-- desired
CREATE TABLE t (a int, b text, c text);
CREATE UNIQUE INDEX t_a ON t (a) INCLUDE (b, c);
CREATE INDEX t_b ON t (b text_pattern_ops);
CREATE INDEX t_c ON t (c COLLATE "C" DESC);
