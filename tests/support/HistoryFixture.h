#pragma once

// Decisions of every flow written straight into the logs, for tests of the organisation-wide
// decision history (DecisionHistory, HistoryPage). Works on the SQLite TestDb and on a PostgreSQL
// owner connection alike (portable SQL, ids by RETURNING).
//
//   HistorySeeder seed(db.db(), db.p().specialtyCode, 50000);
//   seed.decide(QStringLiteral("recruitment"), baseId, QStringLiteral(u"张三"), userId, at);

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace gme::test {

class HistorySeeder
{
public:
    // firstNumber: where this seeder's ID numbers start (TestDb::residentId(n)), away from others'.
    HistorySeeder(QSqlDatabase db, QString specialtyCode, int firstNumber);

    // The flow codes of DecisionHistory::flows(), in order.
    static QStringList flowCodes();

    // A new item of the flow at the base for a person named `name`, and one decision on it by the
    // user at `at`; returns the decision's id. The person's ID number is lastIdNumber().
    qint64 decide(const QString &flowCode, qint64 baseId, const QString &name, qint64 userId, const QDateTime &at,
                  const QString &reason = {});
    QString lastIdNumber() const { return m_lastIdNumber; }

private:
    qint64 insert(const QString &sql, const QVariantList &binds);
    qint64 newTrainee(qint64 baseId, const QString &name);
    qint64 examBatch();
    qint64 recruitmentRound();
    qint64 department(qint64 baseId);

    QSqlDatabase m_db;
    QString m_specialty;
    int m_next;
    QString m_lastIdNumber;
    qint64 m_examBatch = 0;
    qint64 m_round = 0;
    QString m_proofSha;
};

} // namespace gme::test
