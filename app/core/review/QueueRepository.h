#pragma once

#include "QueueRow.h"
#include "Workflow.h"
#include "auth/User.h"

#include <QList>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

namespace gme {

// A decision as the timeline shows it.
struct DecisionEntry
{
    qint64 registrationId = 0;
    QString traineeName;
    QString idNumber;
    Stage stage = Stage::Registration;
    Action action = Action::Submit;
    State fromState = State::Submitted;
    State toState = State::Submitted;
    QString reason;
    QString reviewer; // display name
    qint64 batchActionId = 0;
    QDateTime decidedAt;
    // As the details tab shows it (RegistrationDetails::timeline fills these for every entry, of
    // whichever flow: the exam, a training-years reduction, a change request).
    QString flow;
    QString stageText;
    QString actionText;
    QString fromText; // empty when the decision starts the item (a submission, a filing)
    QString toText;
    // Filled by the flow-generic reader (FlowDecisionLog.h): which log row, of which flow, and the
    // organisation of whoever decided.
    qint64 decisionId = 0;
    QString flowCode;
    QString reviewerOrg;
    QString decidedAtText; // as stored, for keyset paging
};

struct EvidenceEntry
{
    qint64 id = 0;
    QString kind;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString sha256;
};

// Everything the details tabs show for one registration.
struct RegistrationDetails
{
    QueueRow row;
    QString ethnicity;
    QDate birthDate;
    QString unit;          // collaborating unit, if any
    QString education;
    QString degree;
    QString school;
    QDate graduationDate;
    QDate trainingStart;
    QDate trainingEnd;
    QString phone;
    QString licenceNumber;
    QString subjects;      // "theory,skills"
    // Oldest first, across all levels; with the trainee's reduction and change-request decisions.
    QList<DecisionEntry> timeline;
    QList<EvidenceEntry> evidence;
};

// Reads what a user may see. Every query is limited to the user's scope by the SQL itself.
class QueueRepository
{
public:
    QueueRepository(QSqlDatabase db, User user, const Workflow &workflow);

    // Items waiting in this user's review queue (state in workflow.queueStates(role)), in scope.
    QVector<QueueRow> loadQueue() const;
    // The same rows, handed to `take` as they are read: the first `firstRows`, then all the others
    // (one call when there are no more), so the first can be shown while the rest is read.
    void loadQueue(int firstRows, const std::function<void(QVector<QueueRow> &&rows)> &take) const;
    // The current version of rows in scope (for pending items restored from disk).
    QVector<QueueRow> loadRows(const QList<qint64> &registrationIds) const;
    // nullopt when the registration does not exist or is out of scope.
    std::optional<RegistrationDetails> loadDetails(qint64 registrationId) const;
    // Decisions taken by this user's organisation, newest first.
    QList<DecisionEntry> loadHistory(int limit = 5000) const;

private:
    QSqlDatabase m_db;
    User m_user;
    const Workflow &m_workflow;
};

} // namespace gme
