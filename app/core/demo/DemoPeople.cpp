#include "DemoPeople.h"

#include "DemoCatalog.h"
#include "DemoOrgs.h"
#include "domain/IdNumber.h"

#include <QDate>

namespace gme::demo {
namespace {

constexpr int kOldestBirthYear = 1988;
constexpr int kYoungestBirthYear = 2000;

QString isoDate(const QDate &d) { return d.toString(Qt::ISODate); }

QString digits(QRandomGenerator &rng, int count)
{
    QString s;
    s.reserve(count);
    for (int i = 0; i < count; ++i)
        s.append(QLatin1Char(char('0' + rng.bounded(10))));
    return s;
}

} // namespace

PersonFactory::PersonFactory(QRandomGenerator &rng) : m_rng(rng)
{
    for (const SpecialtySeed &s : specialtySeeds())
        m_specialtyWeight.insert(s.code, s.weight);
}

QString PersonFactory::makeName(bool male)
{
    // The smaller of two picks favours the common surnames at the front of the list.
    const QStringList &surnames = demo::surnames();
    const int i = std::min(int(m_rng.bounded(int(surnames.size()))), int(m_rng.bounded(int(surnames.size()))));
    QString name = surnames.at(i);
    const QStringList &own = male ? maleGivenChars() : femaleGivenChars();
    if (chance(m_rng, 30)) {
        name += pickFrom(own, m_rng);
    } else {
        name += chance(m_rng, 50) ? pickFrom(neutralGivenChars(), m_rng) : pickFrom(own, m_rng);
        name += pickFrom(own, m_rng);
    }
    return name;
}

QString PersonFactory::makeIdNumber(const QString &area, const QDate &birth, bool male)
{
    const QString prefix = area + birth.toString(QStringLiteral("yyyyMMdd"));
    for (;;) {
        // Sequence numbers: odd for men, even for women.
        const int seq = int(m_rng.bounded(500)) * 2 + (male ? 1 : 0);
        const QString first17 = prefix + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        const QString id = first17 + residentIdCheckChar(first17);
        if (!m_ids.contains(id)) {
            m_ids.insert(id);
            return id;
        }
    }
}

QString PersonFactory::makePhone()
{
    static const QStringList prefixes{
        QStringLiteral("130"), QStringLiteral("131"), QStringLiteral("132"), QStringLiteral("135"),
        QStringLiteral("136"), QStringLiteral("137"), QStringLiteral("138"), QStringLiteral("139"),
        QStringLiteral("150"), QStringLiteral("151"), QStringLiteral("152"), QStringLiteral("158"),
        QStringLiteral("159"), QStringLiteral("180"), QStringLiteral("186"), QStringLiteral("188"),
        QStringLiteral("189"), QStringLiteral("199")};
    return pickFrom(prefixes, m_rng) + digits(m_rng, 8);
}

QString PersonFactory::specialtyFor(const DemoBase &base)
{
    auto it = m_specialtyPickers.find(base.id);
    if (it == m_specialtyPickers.end()) {
        QList<int> weights;
        for (const QString &code : base.specialtyCodes)
            weights.append(m_specialtyWeight.value(code, 1));
        it = m_specialtyPickers.insert(base.id, WeightedPick(weights));
    }
    return base.specialtyCodes.at((*it)(m_rng));
}

DemoPerson PersonFactory::make(const DemoBase &base, int endYear)
{
    static const WeightedPick residentTypes({35, 25, 20, 15, 5});
    static const WeightedPick gpTypes({25, 5, 35, 0, 35});

    DemoPerson p;
    const bool resident = base.track == Track::Resident;
    p.male = chance(m_rng, 48);
    p.name = makeName(p.male);
    p.ethnicity = chance(m_rng, 95) ? QStringLiteral(u"汉族") : pickFrom(minorityEthnicities(), m_rng);
    p.personType = personTypes().at((resident ? residentTypes : gpTypes)(m_rng));
    p.specialtyCode = specialtyFor(base);
    if (!base.unitIds.isEmpty() && chance(m_rng, 20))
        p.unitId = pickFrom(base.unitIds, m_rng);

    const bool masters = p.personType == mastersTrainingType(); // trains while studying (并轨)
    // The assistant-GP track trains its standard 2 years and is never reduced; the draw is kept
    // for it so the rest of the sequence (and so every other demo value) stays as it was.
    p.reducedYears = !masters && chance(m_rng, resident ? 8 : 3) && resident;
    p.trainingYears = resident ? (p.reducedYears ? 2 : 3) : 2;
    const int startYear = endYear - p.trainingYears;
    p.trainingStart = isoDate(QDate(startYear, 9, 1));
    p.trainingEnd = isoDate(QDate(endYear, 8, 31));

    int graduationYear = startYear;
    int ageAtGraduation = 23;
    if (!resident) {
        p.education = QStringLiteral(u"大专");
        p.degree = QStringLiteral(u"无");
        p.school = pickFrom(juniorColleges(), m_rng);
        graduationYear -= int(m_rng.bounded(3));
        ageAtGraduation = 20 + int(m_rng.bounded(3));
    } else if (masters) {
        p.education = QStringLiteral(u"硕士研究生");
        p.degree = QStringLiteral(u"硕士");
        p.school = pickFrom(universities(), m_rng);
        graduationYear = endYear; // the degree and the training finish together
        ageAtGraduation = 25 + int(m_rng.bounded(3)) + (endYear - startYear);
    } else {
        const int level = int(m_rng.bounded(100));
        const int extra = chance(m_rng, 60) ? 0 : 1 + int(m_rng.bounded(4)); // years worked before training
        graduationYear -= extra;
        if (level < 70) {
            p.education = QStringLiteral(u"本科");
            p.degree = QStringLiteral(u"学士");
            ageAtGraduation = 22 + int(m_rng.bounded(3));
        } else if (level < 95) {
            p.education = QStringLiteral(u"硕士研究生");
            p.degree = QStringLiteral(u"硕士");
            ageAtGraduation = 25 + int(m_rng.bounded(3));
        } else {
            p.education = QStringLiteral(u"博士研究生");
            p.degree = QStringLiteral(u"博士");
            ageAtGraduation = 28 + int(m_rng.bounded(3));
        }
        p.school = pickFrom(universities(), m_rng);
    }
    p.graduationDate = isoDate(QDate(graduationYear, 6, 30));

    const int birthYear = std::clamp(graduationYear - ageAtGraduation, kOldestBirthYear, kYoungestBirthYear);
    const QDate birth = QDate(birthYear, 1, 1).addDays(m_rng.bounded(365));
    p.birthDate = isoDate(birth);
    const QString area = pickFrom(base.areaCodes, m_rng);
    p.idNumber = makeIdNumber(area, birth, p.male);
    p.phone = makePhone();

    if (resident && chance(m_rng, masters ? 60 : 90)) {
        // 医师资格证书编码-like: level, category (口腔 20 / 临床 10), area, serial.
        const QString category = p.specialtyCode >= QLatin1String("2800") && p.specialtyCode < QLatin1String("3500")
                                     ? QStringLiteral("20") : QStringLiteral("10");
        p.licenceNumber = QStringLiteral("1") + category + area + digits(m_rng, 6);
    }
    return p;
}

} // namespace gme::demo
