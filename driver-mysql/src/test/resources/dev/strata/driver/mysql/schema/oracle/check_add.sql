-- Check constraints added.
-- current
CREATE TABLE t (a int, b int);
-- desired
CREATE TABLE t (a int, b int, CONSTRAINT pos CHECK (a > 0), CONSTRAINT ord CHECK (a < b OR b IS NULL));
