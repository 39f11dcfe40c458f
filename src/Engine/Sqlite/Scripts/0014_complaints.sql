-- Complaints (pengaduan) about an application or a service, answered by an office on a working-day clock. The row is the
-- complaint's whole record: who it went to, when it is due, when it escalated and who answered when; complaint_events keeps
-- the trail in order. token_hash is the SHA-256 of the secret that follows it (the application's tracking token for a
-- complaint about an application, a token derived from the complaint's id for one about a service).
CREATE TABLE complaints (
    id TEXT NOT NULL PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    instance_id TEXT NULL REFERENCES instances (id),
    definition_id TEXT NOT NULL,
    office TEXT NOT NULL,
    escalation_office TEXT NOT NULL,
    text TEXT NOT NULL,
    contact_name TEXT NULL,
    contact_email TEXT NULL,
    contact_phone TEXT NULL,
    token_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    filed_at INTEGER NOT NULL,
    due_at INTEGER NULL,
    due_provisional INTEGER NOT NULL DEFAULT 0,
    escalated_at INTEGER NULL,
    answer TEXT NULL,
    answered_at INTEGER NULL,
    answered_by TEXT NULL,
    response_days INTEGER NULL
);

CREATE INDEX ix_complaints_office ON complaints (office, status, due_at);
CREATE INDEX ix_complaints_escalation ON complaints (escalation_office, status) WHERE escalated_at IS NOT NULL;
CREATE INDEX ix_complaints_instance ON complaints (instance_id) WHERE instance_id IS NOT NULL;
CREATE INDEX ix_complaints_filed ON complaints (filed_at);

CREATE TABLE complaint_events (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    complaint_id TEXT NOT NULL REFERENCES complaints (id),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    event TEXT NOT NULL,
    comment TEXT NULL
);

CREATE INDEX ix_complaint_events_complaint ON complaint_events (complaint_id, sequence);

-- A complaint's response deadline is a timer like a task's, but it belongs to no application when the complaint is about a
-- service: instance_id becomes optional and a timer may belong to a complaint instead. SQLite cannot drop a NOT NULL, so the
-- table is rebuilt (nothing references timers).
CREATE TABLE timers_new (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NULL REFERENCES instances (id),
    kind TEXT NOT NULL,
    activity_id TEXT NULL,
    task_id TEXT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    due_at INTEGER NOT NULL,
    fired_at INTEGER NULL,
    cancelled_at INTEGER NULL,
    provisional INTEGER NOT NULL DEFAULT 0,
    complaint_id TEXT NULL REFERENCES complaints (id),
    CHECK ((instance_id IS NULL) <> (complaint_id IS NULL))
);

INSERT INTO timers_new (id, instance_id, kind, activity_id, task_id, due_at, fired_at, cancelled_at, provisional)
SELECT id, instance_id, kind, activity_id, task_id, due_at, fired_at, cancelled_at, provisional FROM timers;

DROP TABLE timers;
ALTER TABLE timers_new RENAME TO timers;

CREATE INDEX ix_timers_due ON timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX ix_timers_instance ON timers (instance_id);
CREATE INDEX ix_timers_provisional ON timers (instance_id) WHERE provisional = 1 AND fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX ix_timers_complaint ON timers (complaint_id) WHERE complaint_id IS NOT NULL;
