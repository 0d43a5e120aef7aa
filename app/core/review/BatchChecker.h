#pragma once

#include "ReviewBatch.h"
#include "Workflow.h"
#include "auth/User.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace gme {

// The checks of one batch request, shared by ReviewEngine::check() and ::apply() so the
// single-row path and the batch path can never differ. Works for any Workflow: the item table,
// decision log and windows come from its spec. Reads rows in chunks of IN lists.
class BatchChecker
{
public:
    BatchChecker(QSqlDatabase db, const User &user, const Workflow &workflow, const QDateTime &now);

    // moves (optional) receives, per request row, the step it would take (valid only when the
    // check is ok()).
    BatchCheck run(const BatchRequest &request, QVector<Step> *moves = nullptr) const;

    static constexpr int kChunk = 500; // SQLite handles far more variables; 500 keeps statements small

private:
    struct Facts
    {
        int version = 0;
        QString state;
        qint64 windowKey = 0;
        bool reviewed = false; // has a review decision (WorkflowSpec::reviewActions)
        QString name;
        QString idNumber;
    };
    struct Window
    {
        QDateTime opensAt;
        QDateTime closesAt;
        bool open = false;
    };
    QHash<qint64, Facts> loadFacts(const QList<BatchRow> &rows, bool needReviewed) const;
    bool windowOpen(qint64 windowKey, const QString &stage) const;

    QSqlDatabase m_db;
    const User &m_user;
    const Workflow &m_workflow;
    QDateTime m_now;
    mutable bool m_windowsLoaded = false;
    mutable QHash<QPair<qint64, QString>, Window> m_windows;
};

} // namespace gme
