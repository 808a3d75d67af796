-- current
-- desired
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'money';
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TABLE billing.invoice (id bigserial PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open', total numeric(10,2));
CREATE INDEX invoice_state ON billing.invoice (state);
