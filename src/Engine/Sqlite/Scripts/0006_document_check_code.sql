-- Public verification without enumeration: permits and refusal letters carry a random check code (printed and in the QR
-- link). Only its SHA-256, bound to the document number, is stored; documents issued before have none and verify in
-- the masked form only.
ALTER TABLE documents ADD COLUMN check_code_hash TEXT NULL;
