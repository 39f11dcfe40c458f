-- Staff e-mail addresses: reminders, escalations and statutory-deadline notices go to the staff of an office and role.
ALTER TABLE users ADD COLUMN email TEXT NULL;
