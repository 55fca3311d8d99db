-- Each client keeps the start of their latest visit, so the client list (searched at every
-- keystroke, most recent visit first) reads one column instead of finding the latest of each
-- client's sessions. Over 10,000 clients that lookup was most of the search's time.
--
-- A trigger keeps the column true whichever way a session is written, moved or removed.
ALTER TABLE client ADD COLUMN last_visit TIMESTAMP;

-- [jooq ignore start]
UPDATE client c SET last_visit = (SELECT MAX(s.service_start) FROM session s WHERE s.client_id = c.id);

CREATE TRIGGER session_last_visit AFTER INSERT, UPDATE, DELETE ON session
    FOR EACH ROW CALL "org.knotwork.db.LastVisitTrigger";
-- [jooq ignore stop]
