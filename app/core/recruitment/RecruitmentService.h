#pragma once

#include "auth/User.h"
#include "review/ReviewBatch.h"

#include <QSqlDatabase>
#include <QStringList>

namespace gme {
class Clock;
}

namespace gme::recruit {

// An application (志愿) as the base enters it on the applicant's behalf (or an import row).
struct ApplicationForm
{
    qint64 roundId = 0;
    qint64 baseId = 0;
    QString idType = QStringLiteral("01");
    QString idNumber;
    QString name;
    QString gender; // "M" / "F"
    QString personType;
    QString phone;
    QStringList choices; // 1 to 3 specialty codes at this base, in order of preference
    bool obeyAdjustment = false; // 服从调剂
};

// A base's plan for one specialty and how many places are taken.
struct PlanUse
{
    qint64 baseId = 0;
    QString baseName;
    QString specialtyCode;
    QString specialtyName;
    int quota = 0;
    int taken = 0;
};

// The send of a selection: its groups of at most 20 (in selection order), each applied as its own
// batch action, all in one transaction.
struct SendOutcome
{
    QList<QList<BatchRow>> groups;
    BatchResult result;
};

// Recruitment operations that are not a plain batch move; moves go through ReviewEngine with
// recruit::workflow(). Results carry translated messages; a failing database throws DbError.
class RecruitmentService
{
public:
    RecruitmentService(QSqlDatabase db, User user, const Clock &clock);

    // The new application's id, or 0 with *error set.
    qint64 submitApplication(const ApplicationForm &form, QString *error);
    // Before sending (pre-admitted or admitted): admit to another of the choices, or to any
    // specialty of the base if the applicant obeys adjustment; quota-checked. Logged.
    QString changeAdmittedSpecialty(qint64 applicationId, int version, const QString &specialtyCode);

    static QList<QList<BatchRow>> splitIntoSendGroups(const QList<BatchRow> &rows);
    SendOutcome send(const QList<BatchRow> &rows);

    QList<PlanUse> plans(qint64 roundId) const; // in the user's scope
    // The newest open round (id 0 when there is none) and its name.
    static std::pair<qint64, QString> latestOpenRound(QSqlDatabase db);
    // Specialties an application may be admitted to: its choices, or every planned one of the
    // base when it obeys adjustment. (code, name) pairs.
    QList<std::pair<QString, QString>> admissibleSpecialties(qint64 applicationId) const;

private:
    QString validate(const ApplicationForm &form) const;

    QSqlDatabase m_db;
    User m_user;
    const Clock &m_clock;
};

} // namespace gme::recruit
