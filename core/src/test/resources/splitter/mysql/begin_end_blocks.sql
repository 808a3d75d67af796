-- Compound statements without DELIMITER: BEGIN ... END groups inner statements.
CREATE PROCEDURE CompProc(IN p INT)
BEGIN
    DECLARE v1 INT DEFAULT 0;
    DECLARE d INT DEFAULT FALSE;
    DECLARE c1 CURSOR FOR SELECT a FROM t1 WHERE b = p;
    OPEN c1;
    rl: LOOP
        FETCH c1 INTO v1;
        IF d THEN
            LEAVE rl;
        END IF;
        BEGIN
            SET v1 = CASE WHEN v1 > 0 THEN v1 ELSE 0 END;
        END;
    END LOOP;
    REPEAT SET v1 = v1 + 1; UNTIL v1 > 3 END REPEAT;
    WHILE v1 < 10 DO SET v1 = v1 + 1; END WHILE;
    CLOSE c1;
END;

CREATE TRIGGER ins_film AFTER INSERT ON film FOR EACH ROW BEGIN
    INSERT INTO film_text (film_id, title) VALUES (new.film_id, new.title);
END;
SELECT 'after';
