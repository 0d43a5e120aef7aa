-- Which evidence kinds a registration has, answered by an index-only scan (as sql/sqlite/019).
-- The new index serves every lookup the old one on registration_id did.
CREATE INDEX evidence_registration_kind ON evidence(registration_id, kind);
-- ;
DROP INDEX evidence_registration;
