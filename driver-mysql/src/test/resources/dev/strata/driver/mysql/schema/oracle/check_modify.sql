-- A check constraint's expression changes.
-- current
CREATE TABLE t (a int, CONSTRAINT pos CHECK (a > 0));
-- desired
CREATE TABLE t (a int, CONSTRAINT pos CHECK (a >= 0 AND a < 100));
