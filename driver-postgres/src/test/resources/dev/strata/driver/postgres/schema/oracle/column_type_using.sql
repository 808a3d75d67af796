-- current
CREATE TABLE t (code text, flag text);
INSERT INTO t VALUES ('42', 'true');
-- desired
CREATE TABLE t (code integer, flag boolean);
