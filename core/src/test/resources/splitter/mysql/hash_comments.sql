# A MySQL hash comment, attached.
CREATE TABLE t1 (id int); # trailing comment
# group one

# group two, attached
-- and a dash comment
CREATE TABLE t2 (
  id int # inline, with a ) paren and a ' quote
);
#atlas:nolint DS103
ALTER TABLE t2 DROP COLUMN id;
