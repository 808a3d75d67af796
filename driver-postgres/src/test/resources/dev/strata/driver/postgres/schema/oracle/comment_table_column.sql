-- current
CREATE TABLE t (a int, b int);
COMMENT ON COLUMN t.b IS 'old';
-- desired
CREATE TABLE t (a int, b int);
COMMENT ON TABLE t IS 'the table''s comment';
COMMENT ON COLUMN t.a IS 'first';
