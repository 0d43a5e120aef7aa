#pragma once

#include "WeightedPick.h"
#include "domain/Types.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

namespace gme::demo {

struct DemoBase;

// One trainee as the demo invents them; dates are "yyyy-MM-dd", absent values empty.
struct DemoPerson
{
    QString idNumber;
    QString name;
    bool male = false;
    QString birthDate;
    QString ethnicity;
    QString personType;
    QString specialtyCode;
    qint64 unitId = 0;
    QString trainingStart;
    QString trainingEnd;
    int trainingYears = 3;
    bool reducedYears = false; // trained 2 years instead of 3: an approved reduction and its proof are on file
    QString education;
    QString degree;
    QString school;
    QString graduationDate;
    QString phone;
    QString licenceNumber;
};

// Invents plausible trainees: names from common surnames, valid and unique GB 11643 ID numbers
// from the base's area codes, schooling consistent with age and training dates.
class PersonFactory
{
public:
    explicit PersonFactory(QRandomGenerator &rng);

    // A trainee of `base` whose training ends on 31 August of `endYear`.
    DemoPerson make(const DemoBase &base, int endYear);

private:
    QString makeName(bool male);
    QString makeIdNumber(const QString &area, const QDate &birth, bool male);
    QString makePhone();
    QString specialtyFor(const DemoBase &base);

    QRandomGenerator &m_rng;
    QSet<QString> m_ids; // lookups only: its order is never used, so the output stays deterministic
    QHash<QString, int> m_specialtyWeight;
    QHash<qint64, WeightedPick> m_specialtyPickers;
};

} // namespace gme::demo
