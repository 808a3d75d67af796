-- current
CREATE TABLE t (a int, b text, c boolean, d numeric(4,2));
-- desired
CREATE TABLE t (a int DEFAULT 7, b text DEFAULT 'it''s', c boolean DEFAULT false, d numeric(4,2) DEFAULT 1.5);
