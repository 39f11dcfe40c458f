-- The staff search by service (and status) in a large office (bench history: p99 248 ms at DPMPTSP with a million files):
-- the office's list walked its applications newest first testing each one's service, so a service with few recent files
-- cost a long walk. Each office's row now carries its application's service (which never changes), and an index reads
-- one office's files of one service newest first.
ALTER TABLE application_offices ADD COLUMN definition_id text;

UPDATE application_offices o SET definition_id = i.definition_id FROM instances i WHERE i.id = o.instance_id;

ALTER TABLE application_offices ALTER COLUMN definition_id SET NOT NULL;

CREATE INDEX ix_application_offices_office_definition_created ON application_offices (office, definition_id, created_at, instance_id);

CREATE OR REPLACE FUNCTION record_application_office() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO application_offices (instance_id, office, created_at, definition_id)
    SELECT NEW.instance_id, NEW.office, i.created_at, i.definition_id FROM instances i WHERE i.id = NEW.instance_id
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
