-- The satisfaction survey (SKM, PermenPANRB 14/2017), kept so that no answer can be joined back to an application.
-- survey_answered only says that an application has answered (one survey per application); it holds no time and no
-- reference to the answer. Both tables are WITHOUT ROWID: a rowid would number the rows in the order they were written, and
-- the two tables' orders would match.
CREATE TABLE survey_answered (
    instance_id TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

-- One row per answer: the service (route), the month it was given (yyyy-MM, never a date or instant), the nine element
-- scores, the optional profile and comment. Its key is random, so the key says nothing about when it was written.
CREATE TABLE survey_responses (
    id TEXT NOT NULL PRIMARY KEY,
    definition_id TEXT NOT NULL,
    period TEXT NOT NULL,
    u1 INTEGER NOT NULL CHECK (u1 BETWEEN 1 AND 4),
    u2 INTEGER NOT NULL CHECK (u2 BETWEEN 1 AND 4),
    u3 INTEGER NOT NULL CHECK (u3 BETWEEN 1 AND 4),
    u4 INTEGER NOT NULL CHECK (u4 BETWEEN 1 AND 4),
    u5 INTEGER NOT NULL CHECK (u5 BETWEEN 1 AND 4),
    u6 INTEGER NOT NULL CHECK (u6 BETWEEN 1 AND 4),
    u7 INTEGER NOT NULL CHECK (u7 BETWEEN 1 AND 4),
    u8 INTEGER NOT NULL CHECK (u8 BETWEEN 1 AND 4),
    u9 INTEGER NOT NULL CHECK (u9 BETWEEN 1 AND 4),
    sex TEXT NULL,
    age_group TEXT NULL,
    education TEXT NULL,
    occupation TEXT NULL,
    comment TEXT NULL
) WITHOUT ROWID;

-- Results are read per period range, optionally for one service.
CREATE INDEX ix_survey_responses_period ON survey_responses (period, definition_id);
