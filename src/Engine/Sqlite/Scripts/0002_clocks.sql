-- Working-day calendars, one row per year, in the format of workflows/calendars/{year}.json. Admins replace a year at run
-- time; the file only seeds a year the store does not have yet.
CREATE TABLE calendars (
    year INTEGER NOT NULL PRIMARY KEY,
    document TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);

-- Rescheduling a task (calendar change, pause and resume) reads its timers.
CREATE INDEX ix_timers_task ON timers (task_id) WHERE task_id IS NOT NULL;
