#pragma once

#include "auth/User.h"
#include "domain/Types.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>

#include <functional>
#include <optional>

namespace gme {

// One trainee's line of the training-years list (培训年限管理) and sheet.
struct TrainingYearsRow
{
    qint64 traineeId = 0;
    QString city;
    QString base;
    QString name;
    QString idType;
    QString idNumber;
    Track track = Track::Resident;
    QString specialty;
    std::optional<int> years;
    QDate start;
    QDate end;
    // The trainee's reduction request, if any.
    qint64 reductionId = 0;
    std::optional<State> reductionState;
    int reductionToYears = 0;
};

// Reads the trainees a user may see with their training years, ordered by city, base and ID
// number. Throws DbError. progress(done, -1) may return false to stop (an empty list is returned).
QVector<TrainingYearsRow> loadTrainingYears(QSqlDatabase db, const User &user,
                                            const std::function<bool(int, int)> &progress = {});

// The words for a reduction's state in lists and sheets ("未申请" when there is none).
QString reductionStateWords(const TrainingYearsRow &row);

} // namespace gme
