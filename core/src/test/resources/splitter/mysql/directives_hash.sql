#atlas:lint error
# atlas:nolint DS103
/*atlas:nolint DS101*/
ALTER TABLE t DROP COLUMN c;
