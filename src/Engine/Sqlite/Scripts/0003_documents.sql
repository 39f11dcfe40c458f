-- Issued documents. The signed PDF is stored in the row: it is small (tens of kilobytes), it is written in the
-- same transaction as its number and audit entry, and a copy of the database file then holds every issued document.
CREATE TABLE documents (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL REFERENCES instances (id),
    -- The outbox row that asked for the document: a retried issue finds the document instead of numbering a second one.
    source_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    number TEXT NOT NULL,
    holder TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    content BLOB NOT NULL,
    revoked_at INTEGER NULL,
    revoke_reason TEXT NULL,
    revoked_by TEXT NULL
);

CREATE UNIQUE INDEX ux_documents_number ON documents (number);
CREATE UNIQUE INDEX ux_documents_source ON documents (source_id);
CREATE INDEX ix_documents_instance ON documents (instance_id, issued_at);

-- The dispatcher's claim: due pending rows in order.
CREATE INDEX ix_outbox_due ON outbox (next_attempt_at, created_at) WHERE status = 'Pending';
CREATE INDEX ix_outbox_instance ON outbox (instance_id);
