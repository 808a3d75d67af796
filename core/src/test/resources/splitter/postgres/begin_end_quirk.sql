-- Atlas quirk kept: a bare END; closes an earlier BEGIN WORK, making one statement.
BEGIN WORK;
INSERT INTO t VALUES (1);
END;
SELECT 1;
