-- A CHECK expression changes.
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INT, CONSTRAINT qty_ok CHECK (qty >= 0));
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INT, CONSTRAINT qty_ok CHECK (qty BETWEEN 0 AND 100));
