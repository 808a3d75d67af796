-- BEGIN; and BEGIN with words after it are ordinary statements when no END closes them.
BEGIN;
CREATE TABLE t1 (id int);
COMMIT;
BEGIN ISOLATION LEVEL SERIALIZABLE;
CREATE TABLE t2 (id int);
COMMIT;
DO $$ BEGIN RAISE NOTICE 'begin; end;'; END $$;
CREATE TABLE begin_log (begin_at timestamptz, "end" int);
