-- Complaints (pengaduan) about an application or a service, answered by an office on a working-day clock. The row is the
-- complaint's whole record: who it went to, when it is due, when it escalated and who answered when; complaint_events keeps
-- the trail in order. token_hash is the SHA-256 of the secret that follows it (the application's tracking token for a
-- complaint about an application, a token derived from the complaint's id for one about a service).
CREATE TABLE complaints (
    id uuid NOT NULL PRIMARY KEY,
    number text NOT NULL UNIQUE,
    subject text NOT NULL,
    instance_id uuid NULL REFERENCES instances (id),
    definition_id text NOT NULL,
    office text NOT NULL,
    escalation_office text NOT NULL,
    text text NOT NULL,
    contact_name text NULL,
    contact_email text NULL,
    contact_phone text NULL,
    token_hash text NOT NULL,
    status text NOT NULL,
    filed_at timestamptz NOT NULL,
    due_at timestamptz NULL,
    due_provisional boolean NOT NULL DEFAULT false,
    escalated_at timestamptz NULL,
    answer text NULL,
    answered_at timestamptz NULL,
    answered_by text NULL,
    response_days integer NULL
);

CREATE INDEX ix_complaints_office ON complaints (office, status, due_at);
CREATE INDEX ix_complaints_escalation ON complaints (escalation_office, status) WHERE escalated_at IS NOT NULL;
CREATE INDEX ix_complaints_instance ON complaints (instance_id) WHERE instance_id IS NOT NULL;
CREATE INDEX ix_complaints_filed ON complaints (filed_at);

CREATE TABLE complaint_events (
    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    complaint_id uuid NOT NULL REFERENCES complaints (id),
    at timestamptz NOT NULL,
    actor text NOT NULL,
    event text NOT NULL,
    comment text NULL
);

CREATE INDEX ix_complaint_events_complaint ON complaint_events (complaint_id, sequence);

-- A complaint's response deadline is a timer like a task's, but it belongs to no application when the complaint is about a
-- service: instance_id becomes optional and a timer may belong to a complaint instead.
ALTER TABLE timers ALTER COLUMN instance_id DROP NOT NULL;
ALTER TABLE timers ADD COLUMN complaint_id uuid NULL REFERENCES complaints (id);
ALTER TABLE timers ADD CONSTRAINT ck_timers_owner CHECK ((instance_id IS NULL) <> (complaint_id IS NULL));
CREATE INDEX ix_timers_complaint ON timers (complaint_id) WHERE complaint_id IS NOT NULL;
