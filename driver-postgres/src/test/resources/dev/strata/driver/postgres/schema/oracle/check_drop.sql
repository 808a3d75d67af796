-- current
CREATE TABLE t (price numeric CHECK (price > 0), qty int);
-- desired
CREATE TABLE t (price numeric, qty int);
