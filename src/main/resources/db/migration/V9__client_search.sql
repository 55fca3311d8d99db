-- The client list searches a narrow copy of what it needs from each client: the folded search
-- text, the moment that sorts the client in the list, and whether the client is archived.
--
-- The search reads every client at each keystroke ("%x%" cannot use an index). Reading the wide
-- client rows (intake, medications, notes) for that took 6-7 ms over 10,000 clients; this table
-- is read in about 2 ms. Only the clients actually listed are then read from the client table.
--
-- recent_at is the last visit, or when the client was added for a client not seen yet, so that a
-- client just added comes to the top of the list instead of after thousands of others.
--
-- A trigger on client keeps the copy true whichever way a client is written (see
-- ClientSearchTrigger); deleting a client deletes its row here.
CREATE TABLE client_search (
    client_id   BIGINT        NOT NULL PRIMARY KEY,
    search_text VARCHAR(4000) NOT NULL,
    recent_at   TIMESTAMP     NOT NULL,
    archived    BOOLEAN       NOT NULL,
    CONSTRAINT client_search_client FOREIGN KEY (client_id) REFERENCES client (id) ON DELETE CASCADE
);

-- [jooq ignore start]
INSERT INTO client_search (client_id, search_text, recent_at, archived)
    SELECT id, search_text, COALESCE(last_visit, created_at), archived_at IS NOT NULL FROM client;

CREATE TRIGGER client_search_copy AFTER INSERT, UPDATE ON client
    FOR EACH ROW CALL "org.knotwork.db.ClientSearchTrigger";
-- [jooq ignore stop]
