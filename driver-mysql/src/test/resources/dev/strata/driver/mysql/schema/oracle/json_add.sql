-- JSON columns (MariaDB: LONGTEXT with a json_valid check, modelled as json).
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int, doc json, meta json NOT NULL);
