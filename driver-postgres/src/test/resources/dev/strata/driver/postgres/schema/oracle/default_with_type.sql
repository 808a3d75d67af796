-- current
CREATE TABLE t (a text DEFAULT 'abc');
-- desired
CREATE TABLE t (a integer DEFAULT 0);
