-- The performance board by office (bench history, 1,000,000 applications) reads only the steps that can count in a month:
-- those closed since its start, found by when they closed; and the open ones opened within it or in a file escalated or
-- deemed approved since, found through the few such events. Every other open step is counted from the open-task index.
CREATE INDEX ix_tasks_closed ON tasks (completed_at, office) WHERE status <> 'Open';
CREATE INDEX ix_audit_events_escalated_deemed ON audit_events (at) WHERE event IN ('TaskEscalated', 'DeemedApproved');
