-- The staff search (GET /api/applications, /applications): one index per way of finding a file, each ending in
-- (created_at, id) where the list is read newest first, so that a keyset page is a short index range whatever the
-- table's size. No search reads the applicant document: the NIK gets a stored column like the name's.
ALTER TABLE instances ADD COLUMN applicant_nik text GENERATED ALWAYS AS (applicant ->> 'nik') STORED;

-- Newest first, and the submission date range; the pair is the keyset position.
DROP INDEX ix_instances_created_at;
CREATE INDEX ix_instances_created_id ON instances (created_at, id);
CREATE INDEX ix_instances_definition_created ON instances (definition_id, created_at, id);
CREATE INDEX ix_instances_status_created ON instances (status, created_at, id);
CREATE INDEX ix_instances_applicant_nik ON instances (applicant_nik);
-- Prefixes compare bytes (~>=~, ~<~), which only a text_pattern_ops index serves under a linguistic collation.
CREATE INDEX ix_instances_registration_prefix ON instances (registration_number text_pattern_ops);
CREATE INDEX ix_instances_applicant_name_prefix ON instances (lower(applicant_name) text_pattern_ops);
