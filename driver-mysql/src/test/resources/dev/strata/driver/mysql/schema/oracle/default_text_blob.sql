-- TEXT and BLOB defaults (MariaDB).
-- current
CREATE TABLE t (a text, b blob);
-- desired
CREATE TABLE t (a text DEFAULT 'hello', b blob DEFAULT 'bin');
