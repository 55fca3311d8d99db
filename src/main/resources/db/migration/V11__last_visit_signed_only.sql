-- Only a signed note is a visit. Until now client.last_visit (what the client list shows and sorts
-- by, and what `knotwork clients` prints) also counted unsigned drafts. LastVisitTrigger now counts
-- signed sessions only; this puts the stored dates of existing practices right. Rows whose date is
-- already right are left alone, so the client list's copy moves only where the date changes.

-- [jooq ignore start]
UPDATE client c
   SET last_visit = (SELECT MAX(s.service_start) FROM session s
                      WHERE s.client_id = c.id AND s.status = 'SIGNED')
 WHERE last_visit IS DISTINCT FROM (SELECT MAX(s.service_start) FROM session s
                                     WHERE s.client_id = c.id AND s.status = 'SIGNED');
-- [jooq ignore stop]
