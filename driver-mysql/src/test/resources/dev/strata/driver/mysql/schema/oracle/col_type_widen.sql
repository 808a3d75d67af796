-- int(11) to bigint(20): the display widths MariaDB reports are dropped.
-- current
CREATE TABLE t (a int(11) NOT NULL, b smallint(6));
-- desired
CREATE TABLE t (a bigint(20) NOT NULL, b mediumint);
