-- YEAR, TIME, DATE and fractional seconds.
-- current
CREATE TABLE t (a year, b time, c datetime, d timestamp NULL);
-- desired
CREATE TABLE t (a year(4) DEFAULT 2024, b time(3), c datetime(6), d timestamp(2) NULL);
