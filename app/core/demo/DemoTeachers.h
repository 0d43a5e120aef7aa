#pragma once

#include <QDate>
#include <QSqlDatabase>

namespace gme::demo {

struct DemoOrgs;

// Four departments per base with a dozen teachers in every review state, some of them ineligible
// under each rule (attending too recently, not attending, main-responsibility malpractice, serious
// teaching incident, two failing evaluations running), and the first trainees of each base
// rotating through the departments this month and the next two, not yet assigned. 急诊科 has no
// appointed teacher, so the automatic assignment has rows it must report. Dates are relative to
// `today`, so the rules give the same flags whenever the demo is made. Throws DbError.
void insertDemoTeachers(const QSqlDatabase &db, const DemoOrgs &orgs, const QDate &today);

} // namespace gme::demo
