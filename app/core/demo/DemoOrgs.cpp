#include "DemoOrgs.h"

#include "DemoCatalog.h"
#include "db/DbError.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace gme::demo {
namespace {

constexpr int kResidentBases = 60;

class OrgInserter
{
public:
    explicit OrgInserter(const QSqlDatabase &db) : m_q(db)
    {
        prepareOrThrow(m_q, QStringLiteral("INSERT INTO orgs (code, name, kind, parent_id, track, is_national) "
                                           "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    }
    qint64 insert(const QString &code, const QString &name, const char *kind, qint64 parentId,
                  std::optional<Track> track, bool national)
    {
        m_q.bindValue(0, code);
        m_q.bindValue(1, name);
        m_q.bindValue(2, QString::fromLatin1(kind));
        m_q.bindValue(3, parentId ? QVariant(parentId) : QVariant(QMetaType::fromType<qint64>()));
        m_q.bindValue(4, track ? QVariant(trackCode(*track)) : QVariant(QMetaType::fromType<QString>()));
        m_q.bindValue(5, national ? 1 : 0);
        execOrThrow(m_q, "insert demo org");
        return returnedId(m_q);
    }

private:
    QSqlQuery m_q;
};

QStringList allResidentSpecialties(bool withDental)
{
    QStringList codes;
    for (const SpecialtySeed &s : specialtySeeds())
        if (s.track == Track::Resident && (withDental || s.code < QLatin1String("2800")))
            codes.append(s.code);
    return codes;
}

// What a hospital trains in follows from what kind of hospital it is.
QStringList specialtiesFor(const QString &hospital, bool national)
{
    if (hospital.contains(QStringLiteral(u"口腔")))
        return {QStringLiteral("2800"), QStringLiteral("2900"), QStringLiteral("3000"), QStringLiteral("3100"),
                QStringLiteral("3200"), QStringLiteral("3300"), QStringLiteral("3400")};
    if (hospital.contains(QStringLiteral(u"妇")) || hospital.contains(QStringLiteral(u"儿童")))
        return {QStringLiteral("0200"), QStringLiteral("1500"), QStringLiteral("1600"), QStringLiteral("1900"),
                QStringLiteral("2200"), QStringLiteral("2300")};
    if (hospital.contains(QStringLiteral(u"中医")))
        return {QStringLiteral("0100"), QStringLiteral("0300"), QStringLiteral("0700"), QStringLiteral("0800"),
                QStringLiteral("0900"), QStringLiteral("1400")};
    return allResidentSpecialties(national);
}

QStringList areaCodesOf(const City &city)
{
    QStringList codes;
    for (const County &c : city.counties)
        codes.append(c.code);
    return codes;
}

// Pads the curated list to about sixty with the city hospitals every prefecture has.
QList<BaseSeed> residentSeeds()
{
    QList<BaseSeed> seeds = residentBaseSeeds();
    const QList<City> &all = cities();
    for (int i = 0; seeds.size() < kResidentBases && i < 2 * all.size(); ++i) {
        const City &c = all.at(i % all.size());
        // Alternating; the odd number of cities makes a second pass take the other kind.
        const QString suffix = i % 2 == 0 ? QStringLiteral(u"中医院") : QStringLiteral(u"妇幼保健院");
        seeds.append({c.name + suffix, c.code, false, 1, false});
    }
    return seeds;
}

QString gpBaseName(const City &city, const County &county)
{
    // 区 hospitals carry the city name (韶关市曲江区人民医院); counties and county-level cities do not.
    if (county.name.endsWith(QStringLiteral(u"区")))
        return city.name + county.name + QStringLiteral(u"人民医院");
    return county.name + QStringLiteral(u"人民医院");
}

QString twoDigits(int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); }

} // namespace

DemoOrgs insertDemoOrgs(const QSqlDatabase &db)
{
    OrgInserter orgs(db);
    DemoOrgs out;
    out.provinceId = orgs.insert(QString::fromLatin1(kProvinceCode), provinceName(), "province", 0, {}, false);

    for (const City &c : cities())
        out.authorities.append({orgs.insert(c.code, c.name, "city", out.provinceId, {}, false), c.code, c.name,
                                c.healthOffice});
    const QString schoolCode = QString::fromLatin1(kSchoolCode);
    out.authorities.append({orgs.insert(schoolCode, schoolAuthorityName(), "school", out.provinceId, {}, false),
                            schoolCode, schoolAuthorityName(), schoolAuthorityOffice()});

    auto authorityOf = [&](const QString &code) -> const DemoAuthority & {
        for (const DemoAuthority &a : out.authorities)
            if (a.code == code)
                return a;
        return out.authorities.front();
    };
    QMap<QString, int> sequence; // per authority and track, for base codes
    auto addBase = [&](const QString &name, const QString &authorityCode, Track track, QStringList areas,
                       QStringList specialties, int weight, bool national) {
        const DemoAuthority &authority = authorityOf(authorityCode);
        const QString digit = track == Track::Resident ? QStringLiteral("1") : QStringLiteral("2");
        const int seq = ++sequence[authorityCode + digit];
        DemoBase b;
        b.code = authorityCode + digit + twoDigits(seq);
        b.name = name;
        b.track = track;
        b.authorityId = authority.id;
        b.authorityCode = authority.code;
        b.areaCodes = std::move(areas);
        b.specialtyCodes = std::move(specialties);
        b.weight = weight;
        b.id = orgs.insert(b.code, name, "base", authority.id, track, national);
        out.bases.append(b);
    };

    for (const BaseSeed &s : residentSeeds()) {
        const City &c = cityByCode(s.cityCode);
        addBase(s.name, s.underSchool ? schoolCode : c.code, Track::Resident, areaCodesOf(c),
                specialtiesFor(s.name, s.national), s.weight, s.national);
    }
    out.residentBaseCount = int(out.bases.size());

    const QStringList gpSpecialties{QStringLiteral("9900")};
    for (const City &c : cities())
        for (const County &county : c.counties)
            if (!county.urban)
                addBase(gpBaseName(c, county), c.code, Track::AssistantGp, {county.code}, gpSpecialties, 1, true);
    for (const BaseSeed &s : extraGpBaseSeeds()) {
        const City &c = cityByCode(s.cityCode);
        addBase(s.name, c.code, Track::AssistantGp, areaCodesOf(c), gpSpecialties, s.weight, s.national);
    }

    for (const UnitSeed &u : unitSeeds()) {
        for (DemoBase &b : out.bases) {
            if (b.name != u.parentBaseName)
                continue;
            const QString code = b.code + QLatin1Char('-') + QString::number(b.unitIds.size() + 1);
            b.unitIds.append(orgs.insert(code, u.name, "unit", b.id, b.track, false));
            break;
        }
    }
    // The first assistant-GP base gets a township health centre as its collaborating unit.
    DemoBase &firstGp = out.bases[out.residentBaseCount];
    firstGp.unitIds.append(orgs.insert(firstGp.code + QStringLiteral("-1"), QStringLiteral(u"广州市从化区鳌头镇卫生院"),
                                       "unit", firstGp.id, firstGp.track, false));
    return out;
}

} // namespace gme::demo
