-- current
CREATE TABLE t (price numeric(5,2), rate numeric, f real);
-- desired
CREATE TABLE t (price numeric(12,4), rate numeric(10), f double precision);
