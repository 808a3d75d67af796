-- Storage engines change.
-- current
CREATE TABLE t (a int) ENGINE=InnoDB; CREATE TABLE u (a int) ENGINE=MyISAM;
-- desired
CREATE TABLE t (a int) ENGINE=MyISAM; CREATE TABLE u (a int) ENGINE=InnoDB;
