-- Several workflows share the review engine and the batch_actions table (Workflow.h): each batch
-- action names its workflow (as sql/sqlite/006).
ALTER TABLE batch_actions ADD COLUMN flow TEXT NOT NULL DEFAULT 'completion_exam';
