-- current
CREATE TABLE t (doc jsonb, tags text[], n int, at timestamptz, pt point);
-- desired
CREATE TABLE t (doc jsonb, tags text[], n int, at timestamptz, pt point);
CREATE INDEX t_doc ON t USING gin (doc);
CREATE INDEX t_doc_path ON t USING gin (doc jsonb_path_ops);
CREATE INDEX t_tags ON t USING gin (tags);
CREATE INDEX t_n ON t USING hash (n);
CREATE INDEX t_at ON t USING brin (at);
CREATE INDEX t_pt ON t USING gist (pt);
