#pragma once

#include "ReviewBatch.h"
#include "auth/User.h"

#include <QSqlDatabase>

namespace gme {

// The reviewer's pending batch (待处理栏), kept in the database so it survives closing the app.
class PendingStore
{
public:
    PendingStore(QSqlDatabase db, qint64 userId);

    QList<BatchRow> load() const;           // in the order added
    void add(const QList<BatchRow> &rows);   // rows already present keep their version
    void remove(const QList<qint64> &registrationIds);
    void clear();

private:
    QSqlDatabase m_db;
    qint64 m_userId;
};

// Reusable reasons for reject and return: shared ones plus the user's own.
class ReasonTemplates
{
public:
    ReasonTemplates(QSqlDatabase db, qint64 userId);
    QStringList list(Action action) const;
    void add(Action action, const QString &text);

private:
    QSqlDatabase m_db;
    qint64 m_userId;
};

} // namespace gme
