-- The staff search by service or status in a large office: each office's row carries its application's service (which
-- never changes) and status (kept by a trigger on instances), and three indexes read one office's files of one service,
-- one status, or both, newest first (see the PostgreSQL script).
ALTER TABLE application_offices ADD COLUMN definition_id TEXT NOT NULL DEFAULT '';
ALTER TABLE application_offices ADD COLUMN status TEXT NOT NULL DEFAULT '';

UPDATE application_offices SET
    definition_id = (SELECT i.definition_id FROM instances i WHERE i.id = application_offices.instance_id),
    status = (SELECT i.status FROM instances i WHERE i.id = application_offices.instance_id);

CREATE INDEX ix_application_offices_office_definition_created ON application_offices (office, definition_id, created_at, instance_id);
CREATE INDEX ix_application_offices_office_status_created ON application_offices (office, status, created_at, instance_id);
CREATE INDEX ix_application_offices_office_definition_status_created
    ON application_offices (office, definition_id, status, created_at, instance_id);

DROP TRIGGER tr_tasks_office_inserted;
DROP TRIGGER tr_tasks_office_moved;

CREATE TRIGGER tr_tasks_office_inserted AFTER INSERT ON tasks
BEGIN
    INSERT OR IGNORE INTO application_offices (instance_id, office, created_at, definition_id, status)
    SELECT NEW.instance_id, NEW.office, i.created_at, i.definition_id, i.status FROM instances i WHERE i.id = NEW.instance_id;
END;

CREATE TRIGGER tr_tasks_office_moved AFTER UPDATE OF office ON tasks WHEN OLD.office IS NOT NEW.office
BEGIN
    INSERT OR IGNORE INTO application_offices (instance_id, office, created_at, definition_id, status)
    SELECT NEW.instance_id, NEW.office, i.created_at, i.definition_id, i.status FROM instances i WHERE i.id = NEW.instance_id;
END;

CREATE TRIGGER tr_instances_status_changed AFTER UPDATE OF status ON instances WHEN OLD.status IS NOT NEW.status
BEGIN
    UPDATE application_offices SET status = NEW.status WHERE instance_id = NEW.id;
END;
