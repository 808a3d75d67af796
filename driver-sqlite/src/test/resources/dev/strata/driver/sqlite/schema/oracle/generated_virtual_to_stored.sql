-- A VIRTUAL column becomes STORED.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, u TEXT AS (upper(a)) VIRTUAL);
-- data
INSERT INTO t (id, a) VALUES (1, 'q');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, u TEXT AS (upper(a)) STORED);
-- verify
SELECT u FROM t ==> Q
