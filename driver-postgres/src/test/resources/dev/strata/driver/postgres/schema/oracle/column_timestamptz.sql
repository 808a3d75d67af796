-- current
CREATE TABLE t (created timestamp, at timestamp, d date);
-- desired
CREATE TABLE t (created timestamptz, at timestamp(3) with time zone, d timestamp(0));
