-- Types of several words and with sizes.
-- current

-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a UNSIGNED BIG INT, b VARYING CHARACTER(255), c NATIVE CHARACTER (70), d DECIMAL(10,5));
