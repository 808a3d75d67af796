-- A named table key on an INTEGER column (a rowid alias, as in Chinook).
-- expect: alter
-- current
CREATE TABLE t (Id INTEGER NOT NULL, v TEXT, CONSTRAINT PK_t PRIMARY KEY (Id));
-- data
INSERT INTO t VALUES (3, 'x');
-- desired
CREATE TABLE t (Id INTEGER NOT NULL, v TEXT, w TEXT, CONSTRAINT PK_t PRIMARY KEY (Id));
-- verify
SELECT rowid FROM t ==> 3
