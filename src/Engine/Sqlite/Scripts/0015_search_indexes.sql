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

-- The offices that have or had a task in each application, with its submission instant: an office's search reads its own
-- applications newest first from one index instead of testing every newer application of other offices for a task of its
-- own (a small office would otherwise wade through the whole regency's files for each page). Triggers keep it: a task
-- inserted, or moved to another office by a route migration, records its office, and nothing removes one, so an office
-- keeps the files it worked on. The engine writes tasks only after their instance.
CREATE TABLE application_offices (
    instance_id TEXT NOT NULL REFERENCES instances (id),
    office TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (instance_id, office)
) WITHOUT ROWID;

CREATE INDEX ix_application_offices_office_created ON application_offices (office, created_at, instance_id);

INSERT INTO application_offices (instance_id, office, created_at)
SELECT DISTINCT t.instance_id, t.office, i.created_at FROM tasks t JOIN instances i ON i.id = t.instance_id;

CREATE TRIGGER tr_tasks_office_inserted AFTER INSERT ON tasks
BEGIN
    INSERT OR IGNORE INTO application_offices (instance_id, office, created_at)
    SELECT NEW.instance_id, NEW.office, i.created_at FROM instances i WHERE i.id = NEW.instance_id;
END;

CREATE TRIGGER tr_tasks_office_moved AFTER UPDATE OF office ON tasks WHEN OLD.office IS NOT NEW.office
BEGIN
    INSERT OR IGNORE INTO application_offices (instance_id, office, created_at)
    SELECT NEW.instance_id, NEW.office, i.created_at FROM instances i WHERE i.id = NEW.instance_id;
END;
