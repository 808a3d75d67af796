-- TEXT and BLOB sizes.
-- current
CREATE TABLE t (a tinytext, b text, c blob, d mediumblob);
-- desired
CREATE TABLE t (a text, b mediumtext, c longblob, d tinyblob);
