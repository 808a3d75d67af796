-- CURRENT_TIMESTAMP defaults with and without precision; now() is the same.
-- current
CREATE TABLE t (a timestamp NULL, b datetime(3), c datetime);
-- desired
CREATE TABLE t (a timestamp NULL DEFAULT CURRENT_TIMESTAMP, b datetime(3) DEFAULT CURRENT_TIMESTAMP(3), c datetime DEFAULT now());
