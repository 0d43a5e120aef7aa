-- A client-chosen token per applied batch: after a dropped connection the client asks whether
-- its batch committed (found) or not (absent), so it can tell the user which one happened.
ALTER TABLE batch_actions ADD COLUMN client_token TEXT;
-- ;
CREATE UNIQUE INDEX batch_actions_token ON batch_actions(client_token);
-- ;
-- The order a reviewer added rows to the pending batch (SQLite's rowid is not portable).
ALTER TABLE pending_items ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
