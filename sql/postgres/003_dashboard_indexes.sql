-- Indexes for the dashboard's aggregates (as sql/sqlite/003): one covering index answers the
-- funnel, the ageing buckets and the items still waiting per stage window.
CREATE INDEX registrations_batch_state ON registrations(batch_id, state, base_id, updated_at);
