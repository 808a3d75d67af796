SELECT 'ok';
SELECT 'café is Latin-1';
SELECT 'never reached';
