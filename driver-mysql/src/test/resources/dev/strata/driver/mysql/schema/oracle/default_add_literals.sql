-- Literal defaults of several types.
-- current
CREATE TABLE t (a int, b varchar(20), c decimal(5,2), d date, e double);
-- desired
CREATE TABLE t (a int DEFAULT 0, b varchar(20) DEFAULT 'it''s', c decimal(5,2) DEFAULT 1.50, d date DEFAULT '2020-01-01', e double DEFAULT -2.5);
