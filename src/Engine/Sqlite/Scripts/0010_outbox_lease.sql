-- The dispatcher pass holding an outbox row: only it marks the row done (fencing); a pass renews its rows' lease while it runs.
ALTER TABLE outbox ADD COLUMN lease_token TEXT NULL;
CREATE INDEX outbox_lease_token ON outbox (lease_token) WHERE lease_token IS NOT NULL;
