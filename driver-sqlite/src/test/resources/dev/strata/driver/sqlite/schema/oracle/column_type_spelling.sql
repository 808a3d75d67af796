-- The same type written differently is no change.
-- expect: empty
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, v VARCHAR(10, 2), w double  precision);
-- desired
CREATE TABLE t (id integer PRIMARY KEY, v varchar ( 10 , 2 ), w DOUBLE PRECISION);
