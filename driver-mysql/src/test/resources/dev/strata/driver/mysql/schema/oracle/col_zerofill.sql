-- ZEROFILL keeps its display width.
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int(8) zerofill);
