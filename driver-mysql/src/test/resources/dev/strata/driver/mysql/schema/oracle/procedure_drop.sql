-- A procedure dropped, a function kept.
-- current
CREATE PROCEDURE p() SELECT 1;
CREATE FUNCTION f() RETURNS int RETURN 1;
-- desired
CREATE FUNCTION f() RETURNS int RETURN 1;
