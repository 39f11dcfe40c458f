-- The staff search by service (and status) in a large office: each office's row carries its application's service (which
-- never changes), and an index reads one office's files of one service newest first (see the PostgreSQL script).
ALTER TABLE application_offices ADD COLUMN definition_id TEXT NOT NULL DEFAULT '';

UPDATE application_offices SET definition_id = (SELECT i.definition_id FROM instances i WHERE i.id = application_offices.instance_id);

CREATE INDEX ix_application_offices_office_definition_created ON application_offices (office, definition_id, created_at, instance_id);

DROP TRIGGER tr_tasks_office_inserted;
DROP TRIGGER tr_tasks_office_moved;

CREATE TRIGGER tr_tasks_office_inserted AFTER INSERT ON tasks
BEGIN
    INSERT OR IGNORE INTO application_offices (instance_id, office, created_at, definition_id)
    SELECT NEW.instance_id, NEW.office, i.created_at, i.definition_id FROM instances i WHERE i.id = NEW.instance_id;
END;

CREATE TRIGGER tr_tasks_office_moved AFTER UPDATE OF office ON tasks WHEN OLD.office IS NOT NEW.office
BEGIN
    INSERT OR IGNORE INTO application_offices (instance_id, office, created_at, definition_id)
    SELECT NEW.instance_id, NEW.office, i.created_at, i.definition_id FROM instances i WHERE i.id = NEW.instance_id;
END;
