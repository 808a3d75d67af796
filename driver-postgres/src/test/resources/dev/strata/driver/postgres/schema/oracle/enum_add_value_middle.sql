-- current
CREATE TYPE status AS ENUM ('new', 'done');
-- desired
CREATE TYPE status AS ENUM ('draft', 'new', 'active', 'done', 'gone');
