-- The satisfaction survey (SKM, PermenPANRB 14/2017), kept so that no answer can be joined back to an application.
-- survey_answered only says that an application has answered (one survey per application); it holds no time and no
-- reference to the answer.
CREATE TABLE survey_answered (
    instance_id uuid NOT NULL PRIMARY KEY
);

-- One row per answer: the service (route), the month it was given (yyyy-MM, never a date or instant), the nine element
-- scores, the optional profile and comment. Its key is random, so the key says nothing about when it was written.
CREATE TABLE survey_responses (
    id uuid NOT NULL PRIMARY KEY,
    definition_id text NOT NULL,
    period text NOT NULL,
    u1 smallint NOT NULL CHECK (u1 BETWEEN 1 AND 4),
    u2 smallint NOT NULL CHECK (u2 BETWEEN 1 AND 4),
    u3 smallint NOT NULL CHECK (u3 BETWEEN 1 AND 4),
    u4 smallint NOT NULL CHECK (u4 BETWEEN 1 AND 4),
    u5 smallint NOT NULL CHECK (u5 BETWEEN 1 AND 4),
    u6 smallint NOT NULL CHECK (u6 BETWEEN 1 AND 4),
    u7 smallint NOT NULL CHECK (u7 BETWEEN 1 AND 4),
    u8 smallint NOT NULL CHECK (u8 BETWEEN 1 AND 4),
    u9 smallint NOT NULL CHECK (u9 BETWEEN 1 AND 4),
    sex text NULL,
    age_group text NULL,
    education text NULL,
    occupation text NULL,
    comment text NULL
);

-- Results are read per period range, optionally for one service.
CREATE INDEX ix_survey_responses_period ON survey_responses (period, definition_id);
