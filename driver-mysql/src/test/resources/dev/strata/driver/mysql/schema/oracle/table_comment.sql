-- Table comments added and changed.
-- current
CREATE TABLE t (a int); CREATE TABLE u (a int) COMMENT 'old';
-- desired
CREATE TABLE t (a int) COMMENT 'new table comment'; CREATE TABLE u (a int) COMMENT 'it''s changed';
