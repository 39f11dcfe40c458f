-- Issued documents. The signed PDF is stored in the row: it is small (tens of kilobytes), it is written in the
-- same transaction as its number and audit entry, and a database backup then holds every issued document.
CREATE TABLE documents (
    id uuid NOT NULL PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES instances (id),
    -- The outbox row that asked for the document: a retried issue finds the document instead of numbering a second one.
    source_id uuid NOT NULL,
    kind text NOT NULL,
    number text NOT NULL,
    holder text NOT NULL,
    sha256 text NOT NULL,
    issued_at timestamptz NOT NULL,
    content bytea NOT NULL,
    revoked_at timestamptz NULL,
    revoke_reason text NULL,
    revoked_by text NULL
);

CREATE UNIQUE INDEX ux_documents_number ON documents (number);
CREATE UNIQUE INDEX ux_documents_source ON documents (source_id);
CREATE INDEX ix_documents_instance ON documents (instance_id, issued_at);

-- The dispatcher's claim: due pending rows in order.
CREATE INDEX ix_outbox_due ON outbox (next_attempt_at, created_at) WHERE status = 'Pending';
CREATE INDEX ix_outbox_instance ON outbox (instance_id);
