-- current
CREATE TABLE t (first text, last text, n int);
-- desired
CREATE TABLE t (first text, last text, n int);
CREATE INDEX t_name ON t (lower(first), (first || ' ' || last));
CREATE INDEX t_n ON t ((n * 2) DESC, (abs(n)));
