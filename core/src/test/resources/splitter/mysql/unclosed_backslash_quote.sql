SELECT 'fine';
SELECT 'ends with a backslash\';
SELECT 'x';
