-- A timer whose due instant was counted through a year without its holiday decree (a provisional calendar) is an estimate:
-- it is never due and waits until publishing the official year recomputes its clock. The admin's and the inbox's banner
-- ask whether any pending one exists.
ALTER TABLE timers ADD COLUMN provisional boolean NOT NULL DEFAULT false;
CREATE INDEX ix_timers_provisional ON timers (instance_id) WHERE provisional AND fired_at IS NULL AND cancelled_at IS NULL;
