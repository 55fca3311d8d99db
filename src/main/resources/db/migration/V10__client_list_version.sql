-- client_list_version counts the changes to what the client list shows: a client added, deleted,
-- renamed, archived or brought back, seen again, or given another date of birth.
--
-- The application keeps the list in memory and reads it again only when this number has moved,
-- so that a keystroke in the search costs a one-row read instead of a scan of every client.
-- ClientSearchTrigger moves it in the transaction of the change, so no reader sees the new number
-- before the rows it counts.
CREATE TABLE client_list_version (
    id      INT    NOT NULL PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);

-- [jooq ignore start]
INSERT INTO client_list_version (id, version) VALUES (1, 0);

-- The trigger now also counts deletions (the foreign key still removes the search copy).
DROP TRIGGER client_search_copy;
CREATE TRIGGER client_search_copy AFTER INSERT, UPDATE, DELETE ON client
    FOR EACH ROW CALL "org.knotwork.db.ClientSearchTrigger";
-- [jooq ignore stop]
