-- An index over a dropped column goes with it; another index changes.
-- current
CREATE TABLE t (a int, b int, c int, KEY ib (b), KEY ibc (b, c));
-- desired
CREATE TABLE t (a int, c int, KEY ic (c));
