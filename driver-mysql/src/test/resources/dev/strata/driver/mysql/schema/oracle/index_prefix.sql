-- Prefix lengths (SUB_PART).
-- current
CREATE TABLE t (a varchar(100), b text, KEY ia (a));
-- desired
CREATE TABLE t (a varchar(100), b text, KEY ia (a(10)), KEY ib (b(20), a));
