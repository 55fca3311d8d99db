-- Knotwork schema, version 17: the calendar file (decision 0034).
--
-- The book can keep an iCalendar (.ics) file in a folder the therapist chooses (a synced folder a
-- phone subscribes to). One row: the folder (NULL: no file is kept) and whether the file names
-- clients in full. By default it shows only a client's initials and the service.
CREATE TABLE calendar_file_settings (
    id          INT             NOT NULL PRIMARY KEY CHECK (id = 1),
    folder      VARCHAR(1000),
    full_names  BOOLEAN         DEFAULT FALSE NOT NULL,
    CONSTRAINT calendar_file_folder CHECK (folder IS NULL OR LENGTH(TRIM(folder)) > 0)
);

-- [jooq ignore start]
INSERT INTO calendar_file_settings (id, folder, full_names) VALUES (1, NULL, FALSE);
-- [jooq ignore stop]
