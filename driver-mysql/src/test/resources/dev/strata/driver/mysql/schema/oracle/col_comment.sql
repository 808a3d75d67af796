-- Column comments added, changed and removed.
-- current
CREATE TABLE t (a int COMMENT 'old', b int, c int COMMENT 'gone');
-- desired
CREATE TABLE t (a int COMMENT 'new ''quoted''', b int COMMENT 'added', c int);
