-- current
CREATE TABLE t (doc json, id text);
-- desired
CREATE TABLE t (doc jsonb DEFAULT '{}'::jsonb, id uuid DEFAULT gen_random_uuid(), extra json, ip inet, b bytea);
