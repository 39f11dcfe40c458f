-- Years of history (bench history, 1,000,000 applications): the reads staff make every day stay short index ranges however
-- many closed files lie behind them. Each index is partial on a state the query writes as a literal, so it holds only the
-- rows those reads can want.

-- The inbox: an office's open tasks in the page's order (due date, overdue first, then creation), so a page is read in
-- order and stops at its limit; the included columns let its total be counted from the index alone.
CREATE INDEX ix_tasks_open_inbox ON tasks (office, due_at, created_at, id) INCLUDE (role, escalated_to_role, assignee, definition_id)
    WHERE status = 'Open';

-- The performance board reads every open file and the files completed since the period's start (their last update).
CREATE INDEX ix_instances_open ON instances (created_at) WHERE status <> 'Completed';
CREATE INDEX ix_instances_completed_updated ON instances (updated_at) WHERE status = 'Completed';

-- ... and of their history only the events it counts, about two of a file's twenty.
CREATE INDEX ix_audit_events_counted ON audit_events (instance_id, sequence)
    WHERE event IN ('Ended', 'ReturnedToApplicant', 'Resubmitted', 'RevisionExpired', 'DeemedApproved', 'TaskEscalated', 'ClockStarted');
