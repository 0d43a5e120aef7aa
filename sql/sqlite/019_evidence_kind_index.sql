-- Which evidence kinds a registration has, read from the index alone. The queue's Evidence column
-- asks this of every row; through the old index on registration_id each lookup also read the
-- evidence row (file name, hash, ...) from the table, which made up most of the time between the
-- first queue rows being read and being shown (2,000 rows: about 75 ms → 40 ms).
CREATE INDEX evidence_registration_kind ON evidence(registration_id, kind);
-- ;
DROP INDEX evidence_registration;
