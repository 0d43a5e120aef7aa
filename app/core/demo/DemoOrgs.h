#pragma once

#include "domain/Types.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gme::demo {

// A training base of the demo province with what the generators need to know about it.
struct DemoBase
{
    qint64 id = 0;
    QString code;
    QString name;
    Track track = Track::Resident;
    qint64 authorityId = 0;      // parent: a city or the school authority
    QString authorityCode;
    QStringList areaCodes;       // 6-digit codes its trainees' ID numbers start with
    QStringList specialtyCodes;  // what it trains in
    int weight = 1;              // relative share of trainees
    QList<qint64> unitIds;       // collaborating units
    qint64 reviewerId = 0;       // the base user who acts for it in the demo history
    qint64 authorityReviewerId = 0; // the municipal user who reviews it
};

struct DemoAuthority
{
    qint64 id = 0;
    QString code;
    QString name;
    QString office; // display name of its reviewers
};

struct DemoOrgs
{
    qint64 provinceId = 0;
    qint64 provincialReviewerId = 0;
    QList<DemoAuthority> authorities; // the cities in catalogue order, then the school authority
    QList<DemoBase> bases;            // resident bases first, then assistant-GP bases
    int residentBaseCount = 0;
};

// Inserts the province, the 21 cities, the school authority, the bases and their collaborating
// units. Throws DbError.
DemoOrgs insertDemoOrgs(const QSqlDatabase &db);

} // namespace gme::demo
