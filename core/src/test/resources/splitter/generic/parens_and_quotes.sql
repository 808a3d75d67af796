SELECT ((1 + (2)) * 3), '(', ')', "(", `)`;
SELECT fn(a, (b), 'c;d', "e""f", `g``h`) FROM (SELECT 1) AS s;
INSERT INTO t VALUES ('it''s', ''), ('', ';');
