-- A permit's whole life: the validity dates it prints (valid_until NULL when open-ended; dates as yyyy-MM-dd text), the
-- permit it renews, and when its holder was reminded of the coming expiry (set once, in the transaction that queues the
-- reminder mail).
ALTER TABLE documents ADD COLUMN valid_from TEXT NULL;
ALTER TABLE documents ADD COLUMN valid_until TEXT NULL;
ALTER TABLE documents ADD COLUMN renewal_of TEXT NULL;
ALTER TABLE documents ADD COLUMN expiry_reminded_at INTEGER NULL;

-- The reminder job's look-up: permits with an end date not yet reminded.
CREATE INDEX ix_documents_expiry ON documents (valid_until) WHERE expiry_reminded_at IS NULL AND valid_until IS NOT NULL;
CREATE INDEX ix_documents_renewal_of ON documents (renewal_of) WHERE renewal_of IS NOT NULL;
