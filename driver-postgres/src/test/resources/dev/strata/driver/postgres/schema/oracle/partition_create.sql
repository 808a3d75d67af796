-- current
CREATE TABLE kinds (k text PRIMARY KEY);
-- desired
CREATE TABLE kinds (k text PRIMARY KEY);
CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL, kind text DEFAULT 'x' REFERENCES kinds (k), PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE INDEX events_kind ON events (kind);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events (kind DEFAULT 'y', CONSTRAINT events_2025_id CHECK (id > 0)) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE lists (k int, v text) PARTITION BY LIST (k);
CREATE TABLE lists_small PARTITION OF lists FOR VALUES IN (1, 2, 3);
CREATE TABLE lists_other PARTITION OF lists DEFAULT;
