-- The client writes a UUID per apply, so after a dropped connection it can ask "did my batch
-- commit?". NULL for batches from older clients.
ALTER TABLE batch_actions ADD COLUMN client_token TEXT;
-- ;
CREATE UNIQUE INDEX batch_actions_token ON batch_actions(client_token);
