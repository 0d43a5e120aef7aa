#pragma once

#include "ExamBatches.h"
#include "ReviewBatch.h"
#include "Workflow.h"
#include "auth/User.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace gme {

// The checks of one batch request, shared by ReviewEngine::check() and ::apply() so the
// single-row path and the batch path can never differ. Reads rows in chunks of IN lists.
class BatchChecker
{
public:
    BatchChecker(QSqlDatabase db, const User &user, const Workflow &workflow, const QDateTime &now);

    // transitions (optional) receives, per request row, the move it would make (valid only when
    // the check is ok()).
    BatchCheck run(const BatchRequest &request, QVector<Transition> *transitions = nullptr) const;

    static constexpr int kChunk = 500; // SQLite handles far more variables; 500 keeps statements small

private:
    struct Facts
    {
        int version = 0;
        State state = State::Submitted;
        qint64 examBatchId = 0;
        bool reviewed = false; // has a pass/reject/return decision
        QString name;
        QString idNumber;
    };
    QHash<qint64, Facts> loadFacts(const QList<BatchRow> &rows, bool needReviewed) const;
    bool windowOpen(qint64 examBatchId, Stage stage) const;

    QSqlDatabase m_db;
    const User &m_user;
    const Workflow &m_workflow;
    QDateTime m_now;
    mutable bool m_windowsLoaded = false;
    mutable QHash<QPair<qint64, int>, StageWindow> m_windows;
    mutable QHash<qint64, bool> m_batchOpen;
};

} // namespace gme
