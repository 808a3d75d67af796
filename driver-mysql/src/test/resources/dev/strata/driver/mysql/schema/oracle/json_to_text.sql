-- JSON to LONGTEXT drops the json_valid check.
-- current
CREATE TABLE t (id int, doc json);
-- desired
CREATE TABLE t (id int, doc longtext);
