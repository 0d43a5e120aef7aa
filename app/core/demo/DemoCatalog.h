#pragma once

#include "domain/Types.h"

#include <QList>
#include <QString>
#include <QStringList>

// Fixed data the demo province is drawn from: real Guangdong place names and codes, real hospital
// and specialty names, common names. Data, not UI text, so it is not translated.
namespace gme::demo {

struct County
{
    QString code;      // 6-digit area code, also used as the first six digits of ID numbers
    QString name;      // 曲江区, 仁化县, 乐昌市 ...
    bool urban = false; // a city-centre district: no assistant-GP base of its own
};

struct City
{
    QString code; // 4-digit prefecture code, 4401 …
    QString name;
    QString healthOffice; // display name of its municipal reviewers
    QList<County> counties;
};

struct BaseSeed
{
    QString name;
    QString cityCode;     // where the hospital is (for ID numbers and names)
    bool underSchool = false; // reviewed by the school authority instead of the city
    int weight = 1;       // relative share of trainees
    bool national = true;
};

struct UnitSeed
{
    QString name;
    QString parentBaseName;
};

struct SpecialtySeed
{
    QString code;
    QString name;
    Track track = Track::Resident;
    int weight = 1;
};

inline constexpr auto kProvinceCode = "44";
inline constexpr auto kSchoolCode = "4490";

QString provinceName();
QString provinceOffice();
QString schoolAuthorityName();
QString schoolAuthorityOffice();

const QList<City> &cities();
const City &cityByCode(const QString &code);
const QList<BaseSeed> &residentBaseSeeds(); // curated; padded to ~60 by the org builder
const QList<BaseSeed> &extraGpBaseSeeds();  // beyond one per county
const QList<UnitSeed> &unitSeeds();
const QList<SpecialtySeed> &specialtySeeds();

const QStringList &surnames(); // most common first
const QStringList &maleGivenChars();
const QStringList &femaleGivenChars();
const QStringList &neutralGivenChars();
const QStringList &minorityEthnicities();
const QStringList &universities();     // 本科 and above
const QStringList &juniorColleges();   // 大专, for the assistant-GP track
const QStringList &personTypes();      // as DOMAIN.md lists them
QString orderedTrainingType();         // 订单定向
QString mastersTrainingType();         // 全日制专业学位硕士研究生（并轨）

QStringList rejectReasons(Stage stage, Track track);
QStringList returnReasons(Stage stage);

} // namespace gme::demo
