-- Instants are unix microseconds (INTEGER, UTC): exact to the microsecond like PostgreSQL, and they sort as numbers.
-- Ids are GUIDs in their lower-case text form; JSON is stored as text.

CREATE TABLE definitions (
    definition_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    is_published INTEGER NOT NULL DEFAULT 0,
    document TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    published_at INTEGER NULL,
    PRIMARY KEY (definition_id, version)
);

-- At most one version of a definition is the one new applications start on.
CREATE UNIQUE INDEX ux_definitions_published ON definitions (definition_id) WHERE is_published = 1;

CREATE TABLE instances (
    id TEXT NOT NULL PRIMARY KEY,
    registration_number TEXT NOT NULL,
    definition_id TEXT NOT NULL,
    definition_version INTEGER NOT NULL,
    status TEXT NOT NULL,
    result TEXT NULL,
    applicant TEXT NOT NULL,
    -- Lists show the applicant's name without reading the applicant document.
    applicant_name TEXT GENERATED ALWAYS AS (coalesce(json_extract(applicant, '$.name'), '')) STORED,
    data TEXT NOT NULL,
    state TEXT NOT NULL,
    tracking_token_hash TEXT NOT NULL,
    fault TEXT NULL,
    revision INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE UNIQUE INDEX ux_instances_registration_number ON instances (registration_number);
CREATE INDEX ix_instances_definition_status ON instances (definition_id, status);
CREATE INDEX ix_instances_created_at ON instances (created_at);

CREATE TABLE tasks (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL REFERENCES instances (id),
    registration_number TEXT NOT NULL,
    definition_id TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    title TEXT NOT NULL,
    office TEXT NOT NULL,
    role TEXT NOT NULL,
    status TEXT NOT NULL,
    assignee TEXT NULL,
    outcomes TEXT NOT NULL,
    form TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    due_at INTEGER NULL,
    escalated_to_role TEXT NULL,
    outcome TEXT NULL,
    comment TEXT NULL,
    completed_by TEXT NULL,
    completed_at INTEGER NULL
);

-- The inbox: an office's open tasks by due date.
CREATE INDEX ix_tasks_office_status_due ON tasks (office, status, due_at);
-- Tasks of an instance, and whether an office is involved in it.
CREATE INDEX ix_tasks_instance_office ON tasks (instance_id, office);

CREATE TABLE audit_events (
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    instance_id TEXT NOT NULL REFERENCES instances (id),
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    activity_id TEXT NULL,
    event TEXT NOT NULL,
    outcome TEXT NULL,
    comment TEXT NULL,
    details TEXT NULL
);

CREATE INDEX ix_audit_events_instance ON audit_events (instance_id, sequence);

CREATE TABLE outbox (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NULL REFERENCES instances (id),
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    next_attempt_at INTEGER NULL,
    last_error TEXT NULL
);

CREATE INDEX ix_outbox_status ON outbox (status, created_at);

CREATE TABLE timers (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL REFERENCES instances (id),
    kind TEXT NOT NULL,
    activity_id TEXT NULL,
    -- Deferred so that the engine may write a task's timers before or after the task within one transaction.
    task_id TEXT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    due_at INTEGER NOT NULL,
    fired_at INTEGER NULL,
    cancelled_at INTEGER NULL
);

CREATE INDEX ix_timers_due ON timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX ix_timers_instance ON timers (instance_id);

CREATE TABLE sequences (
    scope TEXT NOT NULL PRIMARY KEY,
    value INTEGER NOT NULL
);

CREATE TABLE idempotency_keys (
    key TEXT NOT NULL PRIMARY KEY,
    result TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE users (
    username TEXT NOT NULL PRIMARY KEY,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    office TEXT NULL,
    -- A JSON array of role names.
    roles TEXT NOT NULL,
    active INTEGER NOT NULL
);

CREATE TABLE offices (
    code TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    roles TEXT NOT NULL
);
