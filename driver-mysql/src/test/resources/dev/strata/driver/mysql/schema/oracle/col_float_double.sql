-- Floating types, with and without (M,D).
-- current
CREATE TABLE t (a float, b double);
-- desired
CREATE TABLE t (a double, b float(7,3));
