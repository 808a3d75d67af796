-- A plain column becomes a VIRTUAL generated column.
-- current
CREATE TABLE t (a varchar(20), b varchar(20), c int);
-- desired
CREATE TABLE t (a varchar(20), b varchar(20) AS (upper(a)) VIRTUAL, c int);
