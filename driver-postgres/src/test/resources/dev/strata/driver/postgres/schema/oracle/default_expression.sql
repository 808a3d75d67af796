-- current
CREATE TABLE t (created timestamptz DEFAULT now(), d date, n int DEFAULT 1);
-- desired
CREATE TABLE t (created timestamptz DEFAULT CURRENT_TIMESTAMP, d date DEFAULT CURRENT_DATE, n int DEFAULT (1 + 2));
