#pragma once

#include "DemoOrgs.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>

namespace gme::demo {

class PersonFactory;

// This year's recruitment rounds (one per track) with windows open around `now`, plans for every
// base and specialty, and applications at every base in every recruitment state with their
// decision log (base1 shows every state first); sent results both inside and past their 12-hour
// change window. Throws DbError.
void insertDemoRecruitment(const QSqlDatabase &db, const DemoOrgs &orgs, PersonFactory &people,
                           QRandomGenerator &rng, const QDateTime &now);

// A few change requests awaiting the municipal decision, filed by the first bases. Throws DbError.
void insertDemoChangeRequests(const QSqlDatabase &db, const DemoOrgs &orgs, const QDateTime &now);

} // namespace gme::demo
