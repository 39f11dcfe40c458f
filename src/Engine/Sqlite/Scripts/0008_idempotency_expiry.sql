-- Idempotency keys expire (Engine:IdempotencyKeyLifetime) and their rows are purged. Rows kept so far may hold a plaintext
-- tracking token and had no expiry: they are dropped (a retry in flight during the upgrade files anew).
DELETE FROM idempotency_keys;
ALTER TABLE idempotency_keys ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_idempotency_keys_expires_at ON idempotency_keys (expires_at);

-- Tracking tokens are no longer kept in outbox payloads: mails derive them when sent. Tokens of older applications were
-- random and cannot be derived; their mails still pending go out with a link that asks for the code.
UPDATE outbox SET payload = json_remove(payload, '$.trackingToken') WHERE json_extract(payload, '$.trackingToken') IS NOT NULL;
