-- current
-- desired
CREATE TABLE t (a int);
COMMENT ON TABLE t IS 'new';
COMMENT ON COLUMN t.a IS 'col';
