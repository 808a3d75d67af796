-- BINARY and VARBINARY with defaults.
-- current
CREATE TABLE t (a binary(4), b varbinary(8));
-- desired
CREATE TABLE t (a binary(16) DEFAULT 'ab', b varbinary(32) DEFAULT 'xyz');
