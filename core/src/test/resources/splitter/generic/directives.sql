-- atlas:txmode none
-- atlas:nolint DS102 MF101
-- atlas:nolint

--atlas:nolint destructive
-- atlas:nolint
DROP TABLE a;
-- atlas:lint error
/*atlas:nolint DS101*/
/* atlas:nolint not a directive */
/*
atlas:nolint not a directive either
*/
DROP TABLE b;
SELECT 1 -- atlas:nolint inside the statement stays text
;
