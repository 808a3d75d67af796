-- NULL values take the new default when a column becomes NOT NULL.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT);
-- data
INSERT INTO t VALUES (1, NULL), (2, 'done');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, status TEXT NOT NULL DEFAULT 'new');
-- verify
SELECT group_concat(status, ',') FROM (SELECT status FROM t ORDER BY id) ==> new,done
