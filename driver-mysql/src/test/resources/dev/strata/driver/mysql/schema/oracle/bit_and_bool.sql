-- BIT with a bit default; BOOLEAN reads back as tinyint(1).
-- current
CREATE TABLE t (a bit(1), b tinyint);
-- desired
CREATE TABLE t (a bit(4) DEFAULT b'1010', b boolean NOT NULL DEFAULT TRUE);
