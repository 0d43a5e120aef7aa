// The roster's guard on the fields a change request owns: an import corrects a trainee's contact
// and education details, but a different person type, unit, specialty or base is a change of record
// that the supervising authority must approve (DOMAIN.md: approved records stay as approved).
#include "RosterProtected.h"

#include "OfficeText.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::RosterImport)
};

QString refused(RosterField f, const QString &stored, const QString &fromFile)
{
    if (fromFile.isEmpty())
        return Text::tr("%1 is changed only through an approved change request (变更申请); the record says \"%2\".")
            .arg(rosterFieldLabel(f), stored);
    return Text::tr("%1 is changed only through an approved change request (变更申请); the record says \"%2\", "
                    "the file \"%3\".")
        .arg(rosterFieldLabel(f), stored, fromFile);
}

} // namespace

QHash<QString, StoredTrainee> loadStoredTrainees(QSqlDatabase db)
{
    QHash<QString, StoredTrainee> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT t.id_type, t.id_number, t.base_id, b.name, t.person_type, t.specialty_code, "
                                     "s.name, t.unit_id, u.name, u.code FROM trainees t "
                                     "LEFT JOIN orgs b ON b.id = t.base_id LEFT JOIN specialties s ON s.code = t.specialty_code "
                                     "LEFT JOIN orgs u ON u.id = t.unit_id"));
    execOrThrow(q, "load stored trainees");
    while (q.next()) {
        StoredTrainee t;
        t.baseId = q.value(2).toLongLong();
        t.baseName = q.value(3).toString();
        t.personType = q.value(4).toString();
        t.specialtyCode = q.value(5).toString();
        t.specialtyName = q.value(6).toString();
        t.unitId = q.value(7).toLongLong();
        t.unitName = q.value(8).toString();
        t.unitCode = q.value(9).toString();
        out.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(), t);
    }
    return out;
}

QList<std::pair<RosterField, QString>> changeRequestFieldProblems(const ProtectedCells &row, const StoredTrainee &stored)
{
    QList<std::pair<RosterField, QString>> out;
    if (!row.personType.isEmpty() && row.personType != stored.personType)
        out.append({RosterField::PersonType, refused(RosterField::PersonType, stored.personType, row.personType)});
    if (!row.specialtyCode.isEmpty() && row.specialtyCode != stored.specialtyCode)
        out.append({RosterField::Specialty,
                    refused(RosterField::Specialty, stored.specialtyName.isEmpty() ? stored.specialtyCode : stored.specialtyName,
                            row.specialtyText)});
    if (row.baseId != 0 && row.baseId != stored.baseId)
        out.append({RosterField::Base, refused(RosterField::Base, stored.baseName, row.baseText)});
    // The import never writes the unit; a row naming another unit than the recorded one would
    // otherwise pass as if it had moved the trainee.
    if (stored.unitId != 0 && !row.unitText.isEmpty() && row.unitText != normalizeOfficeText(stored.unitName)
        && row.unitText != stored.unitCode)
        out.append({RosterField::Unit, refused(RosterField::Unit, stored.unitName, row.unitText)});
    return out;
}

} // namespace gme
