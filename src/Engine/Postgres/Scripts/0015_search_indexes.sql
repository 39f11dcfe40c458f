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

-- The offices that have or had a task in each application, with its submission instant: an office's search reads its own
-- applications newest first from one index instead of testing every newer application of other offices for a task of its
-- own (a small office would otherwise wade through the whole regency's files for each page). Triggers keep it: a task
-- inserted, or moved to another office by a route migration, records its office, and nothing removes one, so an office
-- keeps the files it worked on. The engine writes tasks only after their instance (tasks.instance_id is not deferred).
CREATE TABLE application_offices (
    instance_id uuid NOT NULL REFERENCES instances (id),
    office text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (instance_id, office)
);

CREATE INDEX ix_application_offices_office_created ON application_offices (office, created_at, instance_id);

INSERT INTO application_offices (instance_id, office, created_at)
SELECT DISTINCT t.instance_id, t.office, i.created_at FROM tasks t JOIN instances i ON i.id = t.instance_id;

-- SET search_path: the store's statements name the schema, so the function must find its tables without the caller's path.
CREATE FUNCTION record_application_office() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO application_offices (instance_id, office, created_at)
    SELECT NEW.instance_id, NEW.office, i.created_at FROM instances i WHERE i.id = NEW.instance_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_tasks_office_inserted AFTER INSERT ON tasks
    FOR EACH ROW EXECUTE FUNCTION record_application_office();
CREATE TRIGGER tr_tasks_office_moved AFTER UPDATE OF office ON tasks
    FOR EACH ROW WHEN (OLD.office IS DISTINCT FROM NEW.office) EXECUTE FUNCTION record_application_office();
