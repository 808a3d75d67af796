-- atlas:delimiter -- end
CREATE TABLE t (id int)
-- end
-- a comment
SELECT ';'
-- end
