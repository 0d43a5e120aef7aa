-- Twin of sql/postgres/018_batch_review_rules.sql, which makes the central server check a batch of
-- registration moves once per statement. The embedded engine checks these rules in C++; nothing to
-- change here, the number keeps both dialects at the same schema version.
SELECT 1;
