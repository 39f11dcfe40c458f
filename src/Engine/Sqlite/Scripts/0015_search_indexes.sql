-- The staff search (GET /api/applications, /applications): one index per way of finding a file, each ending in
-- (created_at, id) where the list is read newest first, so that a keyset page is a short index range whatever the
-- table's size. No search reads the applicant document: the NIK gets a column of its own (virtual, because SQLite adds
-- no stored column to a table that exists; its index holds the values, so a search by NIK reads no JSON).
ALTER TABLE instances ADD COLUMN applicant_nik TEXT GENERATED ALWAYS AS (json_extract(applicant, '$.nik')) VIRTUAL;

-- Newest first, and the submission date range; the pair is the keyset position.
DROP INDEX ix_instances_created_at;
CREATE INDEX ix_instances_created_id ON instances (created_at, id);
CREATE INDEX ix_instances_definition_created ON instances (definition_id, created_at, id);
CREATE INDEX ix_instances_status_created ON instances (status, created_at, id);
CREATE INDEX ix_instances_applicant_nik ON instances (applicant_nik);
-- Registration-number prefixes use ux_instances_registration_number: SQLite's BINARY collation already compares bytes.
CREATE INDEX ix_instances_applicant_name_prefix ON instances (lower(applicant_name));
