-- HASH indexes on a MEMORY table.
-- current
CREATE TABLE t (a int, b int) ENGINE=MEMORY;
-- desired
CREATE TABLE t (a int, b int, KEY ia (a) USING HASH, KEY ib (b) USING BTREE) ENGINE=MEMORY;
