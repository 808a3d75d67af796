-- Geometry columns and a SPATIAL index.
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int, g geometry NOT NULL, p point, SPATIAL INDEX sp (g));
