-- Identity columns hand out ids from a cache of 10,000 instead of H2's default 32.
--
-- Each time a sequence's cache runs out, H2 writes the sequence to disk, and with every commit
-- written straight through (WRITE_DELAY=0) that is a full store of the database's changed pages.
-- A ten-year demo practice (about a million rows) paid that 30,000 times: most of its generation
-- time, and a file ten times larger than its records. A larger cache writes the sequences 300
-- times less often. The only cost: ids not handed out before a crash are skipped, so ids can have
-- gaps; nothing in Knotwork reads meaning into an id's value.
-- (The schema the Java code is generated from has no use for cache sizes.)
-- [jooq ignore start]
ALTER TABLE client ALTER COLUMN id SET CACHE 10000;
ALTER TABLE session ALTER COLUMN id SET CACHE 10000;
ALTER TABLE session_finding ALTER COLUMN id SET CACHE 10000;
ALTER TABLE session_treatment ALTER COLUMN id SET CACHE 10000;
ALTER TABLE session_addendum ALTER COLUMN id SET CACHE 10000;
ALTER TABLE audit_log ALTER COLUMN id SET CACHE 10000;
ALTER TABLE outcome_entry ALTER COLUMN id SET CACHE 10000;
ALTER TABLE treatment_plan ALTER COLUMN id SET CACHE 10000;
-- [jooq ignore stop]
