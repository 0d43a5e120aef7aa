-- Indexes for the review engine and the history page (as sql/sqlite/002).
-- Decisions by reviewer, newest first (history of one organisation's users).
CREATE INDEX decisions_user ON decisions(user_id, decided_at);
-- ;
-- Decisions per registration and action ("cancel only before any review").
CREATE INDEX decisions_registration_action ON decisions(registration_id, action);
-- ;
CREATE INDEX users_org ON users(org_id);
