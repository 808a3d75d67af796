-- SET values and a multi-value default.
-- current
CREATE TABLE t (s set('x','y'));
-- desired
CREATE TABLE t (s set('x','y','z') DEFAULT 'x,z');
