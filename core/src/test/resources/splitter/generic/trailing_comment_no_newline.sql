SELECT 1;
-- bye