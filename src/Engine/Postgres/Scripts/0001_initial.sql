-- Runs with search_path set to the store's schema, so names are unqualified.

CREATE TABLE definitions (
    definition_id text NOT NULL,
    version integer NOT NULL,
    name text NOT NULL,
    is_published boolean NOT NULL DEFAULT false,
    document jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    published_at timestamptz NULL,
    PRIMARY KEY (definition_id, version)
);

-- At most one version of a definition is the one new applications start on.
CREATE UNIQUE INDEX ux_definitions_published ON definitions (definition_id) WHERE is_published;

CREATE TABLE instances (
    id uuid NOT NULL PRIMARY KEY,
    registration_number text NOT NULL,
    definition_id text NOT NULL,
    definition_version integer NOT NULL,
    status text NOT NULL,
    result text NULL,
    applicant jsonb NOT NULL,
    -- Lists show the applicant's name without reading the applicant document.
    applicant_name text GENERATED ALWAYS AS (coalesce(applicant ->> 'name', '')) STORED,
    data jsonb NOT NULL,
    state jsonb NOT NULL,
    tracking_token_hash text NOT NULL,
    fault text NULL,
    revision integer NOT NULL,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX ux_instances_registration_number ON instances (registration_number);
CREATE INDEX ix_instances_definition_status ON instances (definition_id, status);
CREATE INDEX ix_instances_created_at ON instances (created_at);

CREATE TABLE tasks (
    id uuid NOT NULL PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES instances (id),
    registration_number text NOT NULL,
    definition_id text NOT NULL,
    activity_id text NOT NULL,
    title text NOT NULL,
    office text NOT NULL,
    role text NOT NULL,
    status text NOT NULL,
    assignee text NULL,
    outcomes jsonb NOT NULL,
    form jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    due_at timestamptz NULL,
    escalated_to_role text NULL,
    outcome text NULL,
    comment text NULL,
    completed_by text NULL,
    completed_at timestamptz NULL
);

-- The inbox: an office's open tasks by due date.
CREATE INDEX ix_tasks_office_status_due ON tasks (office, status, due_at);
-- Tasks of an instance, and whether an office is involved in it.
CREATE INDEX ix_tasks_instance_office ON tasks (instance_id, office);

CREATE TABLE audit_events (
    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES instances (id),
    at timestamptz NOT NULL,
    actor text NOT NULL,
    activity_id text NULL,
    event text NOT NULL,
    outcome text NULL,
    comment text NULL,
    details jsonb NULL
);

CREATE INDEX ix_audit_events_instance ON audit_events (instance_id, sequence);

CREATE TABLE outbox (
    id uuid NOT NULL PRIMARY KEY,
    instance_id uuid NULL REFERENCES instances (id),
    kind text NOT NULL,
    payload jsonb NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL,
    created_at timestamptz NOT NULL,
    next_attempt_at timestamptz NULL,
    last_error text NULL
);

CREATE INDEX ix_outbox_status ON outbox (status, created_at);

CREATE TABLE timers (
    id uuid NOT NULL PRIMARY KEY,
    instance_id uuid NOT NULL REFERENCES instances (id),
    kind text NOT NULL,
    activity_id text NULL,
    -- Deferred so that the engine may write a task's timers before or after the task within one transaction.
    task_id uuid NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    due_at timestamptz NOT NULL,
    fired_at timestamptz NULL,
    cancelled_at timestamptz NULL
);

CREATE INDEX ix_timers_due ON timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX ix_timers_instance ON timers (instance_id);

CREATE TABLE sequences (
    scope text NOT NULL PRIMARY KEY,
    value bigint NOT NULL
);

CREATE TABLE idempotency_keys (
    key text NOT NULL PRIMARY KEY,
    result jsonb NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE users (
    username text NOT NULL PRIMARY KEY,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    office text NULL,
    roles text[] NOT NULL,
    active boolean NOT NULL
);

CREATE TABLE offices (
    code text NOT NULL PRIMARY KEY,
    name text NOT NULL,
    time_zone text NOT NULL,
    roles text[] NOT NULL
);
