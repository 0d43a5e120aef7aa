-- Twin of sql/postgres/016_flow_rules.sql, which makes a central server check every workflow's
-- moves itself. The embedded engine has no other clients: the review engine checks these rules in
-- C++ (app/core/review/ReviewEngine, BatchChecker and each flow's WorkflowRules), and SCRAM
-- verifiers concern server logins only. Nothing to change here; the number keeps both dialects at
-- the same schema version.
SELECT 1;
