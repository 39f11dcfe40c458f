-- The staff search by service or status in a large office (bench history: p99 248 ms at DPMPTSP with a million files): the
-- office's list walked its applications newest first testing each one's service and status, so a service with few recent
-- files, or the completed files behind a month of running ones, cost a long walk. Each office's row now carries its
-- application's service (which never changes) and status (kept by a trigger on instances), and three indexes read one
-- office's files of one service, one status, or both, newest first.
ALTER TABLE application_offices ADD COLUMN definition_id text;
ALTER TABLE application_offices ADD COLUMN status text;

UPDATE application_offices o SET definition_id = i.definition_id, status = i.status FROM instances i WHERE i.id = o.instance_id;

ALTER TABLE application_offices ALTER COLUMN definition_id SET NOT NULL;
ALTER TABLE application_offices ALTER COLUMN status SET NOT NULL;

CREATE INDEX ix_application_offices_office_definition_created ON application_offices (office, definition_id, created_at, instance_id);
CREATE INDEX ix_application_offices_office_status_created ON application_offices (office, status, created_at, instance_id);
CREATE INDEX ix_application_offices_office_definition_status_created
    ON application_offices (office, definition_id, status, created_at, instance_id);

CREATE OR REPLACE FUNCTION record_application_office() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO application_offices (instance_id, office, created_at, definition_id, status)
    SELECT NEW.instance_id, NEW.office, i.created_at, i.definition_id, i.status FROM instances i WHERE i.id = NEW.instance_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

CREATE FUNCTION record_application_status() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    UPDATE application_offices SET status = NEW.status WHERE instance_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER tr_instances_status_changed AFTER UPDATE OF status ON instances
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION record_application_status();
