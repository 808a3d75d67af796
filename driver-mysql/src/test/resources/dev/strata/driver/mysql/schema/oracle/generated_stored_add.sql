-- A STORED generated column added.
-- current
CREATE TABLE t (price decimal(10,2), qty int);
-- desired
CREATE TABLE t (price decimal(10,2), qty int, total decimal(12,2) GENERATED ALWAYS AS (price * qty) STORED);
