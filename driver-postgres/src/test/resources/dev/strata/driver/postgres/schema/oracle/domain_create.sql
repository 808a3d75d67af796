-- current
CREATE TABLE t (y int);
-- desired
CREATE DOMAIN year AS integer CONSTRAINT year_check CHECK (VALUE >= 1901 AND VALUE <= 2155);
CREATE DOMAIN email AS text COLLATE "C" DEFAULT 'none' NOT NULL;
CREATE TABLE t (y year, e email);
