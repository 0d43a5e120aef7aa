#include "TrainingYearsRepository.h"

#include "db/DbError.h"
#include "export/SheetWords.h"
#include "review/Scope.h"

#include <QSqlQuery>

namespace gme {

QVector<TrainingYearsRow> loadTrainingYears(QSqlDatabase db, const User &user,
                                            const std::function<bool(int, int)> &progress)
{
    const ScopeSql scope = scopeSql(user, QStringLiteral("t.base_id"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral(
        "SELECT t.id, COALESCE(c.name, ''), b.name, t.name, t.id_type, t.id_number, t.track, s.name, "
        "t.training_years, t.training_start, t.training_end, rr.id, rr.state, rr.to_years "
        "FROM trainees t JOIN orgs b ON b.id = t.base_id LEFT JOIN orgs c ON c.id = b.parent_id "
        "JOIN specialties s ON s.code = t.specialty_code "
        "LEFT JOIN reduction_requests rr ON rr.trainee_id = t.id "
        "WHERE %1 ORDER BY c.code, b.code, t.id_number").arg(scope.clause));
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "training years");
    QVector<TrainingYearsRow> rows;
    while (q.next()) {
        if (progress && rows.size() % 5000 == 0 && !progress(int(rows.size()), -1))
            return {};
        TrainingYearsRow r;
        r.traineeId = q.value(0).toLongLong();
        r.city = q.value(1).toString();
        r.base = q.value(2).toString();
        r.name = q.value(3).toString();
        r.idType = q.value(4).toString();
        r.idNumber = q.value(5).toString();
        r.track = trackFromCode(q.value(6).toString()).value_or(Track::Resident);
        r.specialty = q.value(7).toString();
        if (!q.value(8).isNull())
            r.years = q.value(8).toInt();
        r.start = QDate::fromString(q.value(9).toString().left(10), Qt::ISODate);
        r.end = QDate::fromString(q.value(10).toString().left(10), Qt::ISODate);
        if (!q.value(11).isNull()) {
            r.reductionId = q.value(11).toLongLong();
            r.reductionState = stateFromCode(q.value(12).toString());
            r.reductionToYears = q.value(13).toInt();
        }
        rows.append(r);
    }
    return rows;
}

QString reductionStateWords(const TrainingYearsRow &row)
{
    if (!row.reductionState)
        return QStringLiteral("未申请");
    if (*row.reductionState == State::FinalPassed)
        return QStringLiteral("已减免");
    return sheetState(*row.reductionState);
}

} // namespace gme
