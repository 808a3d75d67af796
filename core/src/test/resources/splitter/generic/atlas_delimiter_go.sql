-- atlas:delimiter \nGO
CREATE TABLE t (id int);
INSERT INTO t VALUES (1);
GO
SELECT 1
GO
