-- A table added with every kind of part.
-- current
CREATE TABLE p (id int PRIMARY KEY);
-- desired
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE t (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  pid int,
  name varchar(50) NOT NULL DEFAULT '' COMMENT 'the name',
  doc json,
  g int AS (pid * 2) VIRTUAL,
  at timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  UNIQUE KEY un (name(20)),
  KEY ig (g),
  CONSTRAINT fp FOREIGN KEY (pid) REFERENCES p (id) ON DELETE CASCADE,
  CONSTRAINT cn CHECK (name <> 'x')
) ENGINE=InnoDB DEFAULT CHARSET=latin1 COMMENT='all parts';
