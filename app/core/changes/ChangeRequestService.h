#pragma once

#include "ChangeWorkflow.h"
#include "auth/User.h"

#include <QDate>
#include <QSqlDatabase>

namespace gme {
class Clock;
}

namespace gme::changes {

// What a base files. newValue is a person type, an org id (unit, base), a specialty code or a
// status code (withdrawn / suspended / extended).
struct ChangeForm
{
    qint64 traineeId = 0;
    ChangeKind kind = ChangeKind::PersonType;
    QString newValue;
    QString reason;
    QDate startsOn; // status changes
    QDate endsOn;   // suspension and extension
};

// Trainee as the filing form shows it.
struct TraineeSummary
{
    qint64 id = 0;
    QString name;
    QString idNumber;
    QString personType;
    QString specialty; // name
    QString status;    // code
};

// Filing change requests; deciding them goes through ReviewEngine with changes::workflow().
class ChangeRequestService
{
public:
    ChangeRequestService(QSqlDatabase db, User user, const Clock &clock);

    // The new request's id, or 0 with *error set (translated).
    qint64 file(const ChangeForm &form, QString *error);
    // The trainees of the user's base, for the filing form.
    QList<TraineeSummary> trainees() const;
    // Choices for new values: (value, shown name).
    QList<std::pair<QString, QString>> choices(ChangeKind kind, qint64 traineeId) const;

private:
    QString validate(const ChangeForm &form, QString *oldValue, QString *oldLabel, QString *newLabel) const;

    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme::changes
