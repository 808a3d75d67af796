-- An index's columns change order and number.
-- current
CREATE TABLE t (a int, b int, c int, KEY i (a, b));
-- desired
CREATE TABLE t (a int, b int, c int, KEY i (b, a, c));
