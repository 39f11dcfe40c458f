-- Years of history: the reads staff make every day stay short index ranges however many closed files lie behind them.
-- Each index is partial on a state the query writes as a literal, so it holds only the rows those reads can want (SQLite
-- uses a partial index when the query's WHERE names the same term).

-- The inbox: an office's open tasks in the page's order (due date, then creation).
CREATE INDEX ix_tasks_open_inbox ON tasks (office, due_at, created_at, id) WHERE status = 'Open';

-- The performance board reads every open file and the files completed since the period's start (their last update).
CREATE INDEX ix_instances_open ON instances (created_at) WHERE status <> 'Completed';
CREATE INDEX ix_instances_completed_updated ON instances (updated_at) WHERE status = 'Completed';

-- ... and of their history only the events it counts.
CREATE INDEX ix_audit_events_counted ON audit_events (instance_id, sequence)
    WHERE event IN ('Ended', 'ReturnedToApplicant', 'Resubmitted', 'RevisionExpired', 'DeemedApproved', 'TaskEscalated', 'ClockStarted');
