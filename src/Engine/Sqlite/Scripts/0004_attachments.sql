-- Files applicants upload for the form's File inputs. The bytes are stored in the row, written in the same transaction
-- as the submission or resubmission that brought them: a crash keeps both or neither, and a copy of the database file
-- holds every upload. The application's data names the current file of each input by id.
CREATE TABLE attachments (
    id TEXT NOT NULL PRIMARY KEY,
    instance_id TEXT NOT NULL REFERENCES instances (id),
    field_name TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_at INTEGER NOT NULL,
    content BLOB NOT NULL
);

CREATE INDEX ix_attachments_instance ON attachments (instance_id, uploaded_at);
