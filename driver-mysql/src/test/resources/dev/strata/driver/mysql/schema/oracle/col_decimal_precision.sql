-- Numeric precision and scale.
-- current
CREATE TABLE t (a decimal(10,2), b numeric);
-- desired
CREATE TABLE t (a decimal(12,4), b decimal(5,1));
