-- An index becomes unique, another stops being unique.
-- current
CREATE TABLE t (a int, b int, KEY ia (a), UNIQUE KEY ib (b));
-- desired
CREATE TABLE t (a int, b int, UNIQUE KEY ia (a), KEY ib (b));
