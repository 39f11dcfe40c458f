-- Keys every host of a deployment shares (the web's data-protection key ring), encrypted by the host before they are written.
CREATE TABLE host_keys (
    purpose TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (purpose, name)
);
