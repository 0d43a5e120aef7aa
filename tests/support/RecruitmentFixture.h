#pragma once

// A recruitment round on top of TestDb's province: one resident round, every stage window wide
// open around the fixture's clock, plans of 50 places in both specialties at every base.

#include "TestSupport.h"
#include "review/ReviewBatch.h"

#include <QStringList>

namespace gme::test {

class RecruitmentFixture
{
public:
    explicit RecruitmentFixture(TestDb &t);

    qint64 round() const { return m_round; }
    // An application written directly in `state` (no decisions); returns its id.
    qint64 addApplication(qint64 baseId, const QString &state, const QStringList &choices = {},
                          bool obeyAdjustment = false, const QDateTime &sentAt = {}, const QString &admitted = {});
    void setPlan(qint64 baseId, const QString &specialty, int quota);
    void setWindow(const QString &stage, const QDateTime &opens, const QDateTime &closes);

    QString stateOf(qint64 id) const;
    int versionOf(qint64 id) const;
    int decisionCount(qint64 id) const;
    QList<BatchRow> rowsOf(const QList<qint64> &ids) const; // current versions

private:
    TestDb &m_t;
    qint64 m_round = 0;
    int m_next = 5000;
};

} // namespace gme::test
