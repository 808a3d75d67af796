-- current
CREATE TABLE events (id int NOT NULL, at date NOT NULL, note varchar(10)) PARTITION BY RANGE (at);
CREATE TABLE events_a PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- desired
CREATE TABLE events (id bigint NOT NULL, at date NOT NULL, note varchar(50) DEFAULT 'n', extra text) PARTITION BY RANGE (at);
CREATE TABLE events_a PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE events_a ALTER COLUMN note SET DEFAULT 'a';
