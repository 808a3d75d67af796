
-- atlas:delimiter $$
SELECT 1;
SELECT 2$$
