-- A security stamp per staff account: tokens and cookies carry the stamp they were issued with, and a password reset,
-- deactivation, role or office change replaces it, which ends every session issued before. Existing accounts get a random
-- stamp, so sessions from before this script (which carry none) end once.
ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
UPDATE users SET security_stamp = lower(hex(randomblob(16)));
