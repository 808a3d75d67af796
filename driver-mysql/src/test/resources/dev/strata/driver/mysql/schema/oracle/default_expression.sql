-- Expression defaults (MariaDB 10.2+, MySQL 8.0.13+).
-- current
CREATE TABLE t (a varchar(36), b int, c date);
-- desired
CREATE TABLE t (a varchar(36) DEFAULT (uuid()), b int DEFAULT (1 + 1), c date DEFAULT (curdate()));
