-- current
CREATE TABLE t (price numeric, CONSTRAINT positive CHECK (price > 0));
-- desired
CREATE TABLE t (price numeric, CONSTRAINT positive CHECK (price >= 0 AND price < 1000));
