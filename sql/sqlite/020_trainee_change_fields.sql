-- Twin of sql/postgres/020_trainee_change_fields.sql, which makes the central server refuse a
-- change of a trainee's person type, unit, specialty, base or training status that no change
-- request approved in the same transaction. The embedded engine enforces this in C++ (the roster
-- import refuses such rows, app/core/import/RosterProtected.cpp; only ChangeRules applies an
-- approved request); nothing to change here, the number keeps both dialects at the same version.
SELECT 1;
