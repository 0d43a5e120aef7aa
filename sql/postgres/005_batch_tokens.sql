-- The client writes a UUID per apply, so after a dropped connection it can ask "did my batch
-- commit?" (its own batch_actions rows are visible to it). NULL for batches from older clients.
ALTER TABLE batch_actions ADD COLUMN client_token TEXT;
-- ;
CREATE UNIQUE INDEX batch_actions_token ON batch_actions(client_token);
-- ;
-- The order a reviewer added rows to the pending batch (as sql/sqlite/005: rowid is not portable).
ALTER TABLE pending_items ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
