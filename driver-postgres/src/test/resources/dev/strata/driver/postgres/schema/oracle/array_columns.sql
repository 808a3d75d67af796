-- current
CREATE TABLE t (tags text[], nums int[]);
-- desired
CREATE TABLE t (tags varchar(20)[], nums bigint[], grid integer[][] DEFAULT '{}');
