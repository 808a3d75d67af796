-- A UNIQUE constraint is added to a table with rows.
-- expect: rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT);
-- data
INSERT INTO t VALUES (1, 'a@x'), (2, 'b@x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, UNIQUE (email));
-- verify
SELECT count(*) FROM t ==> 2
