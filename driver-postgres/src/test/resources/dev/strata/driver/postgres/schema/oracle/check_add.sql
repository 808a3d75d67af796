-- current
CREATE TABLE t (price numeric, qty int);
-- desired
CREATE TABLE t (price numeric CHECK (price > 0), qty int, CONSTRAINT t_qty CHECK (qty BETWEEN 1 AND 100 AND qty <> 13));
