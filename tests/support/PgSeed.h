#pragma once

// Rows the PostgreSQL tests start from, written by the owner (PgFixture::owner()) in prepared
// statements. Throws std::runtime_error (from execSql/scalar) when the server refuses one.
//
//   const OneBase org = addOneBase(pg.owner());        // P ── CA 甲市 ── A1 甲市第一人民医院, specialty 0100
//   const qint64 batch = addExamBatch(pg.owner());      // exam batch 2026, resident track
//   openEveryStage(pg.owner(), batch);                  // every stage open a day either side of now
//   const QList<qint64> regs = addRegistrations(pg.owner(), batch, org.base, 5);

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gme::test {

// An organisation; `parent` 0 for the province. A base gets the resident track. Name: `name` or the code.
qint64 addOrg(QSqlDatabase owner, const QString &code, const QString &kind, qint64 parent, const QString &name = {});

struct OneBase
{
    qint64 province = 0, city = 0, base = 0;
};
// Province P, city CA (甲市), base A1 (甲市第一人民医院), and specialty 0100 (内科, resident track).
OneBase addOneBase(QSqlDatabase owner);

// The resident exam batch "2026"; returns its id.
qint64 addExamBatch(QSqlDatabase owner);
// Opens registration, base, city and final review of `batch` from a day before to a day after the
// server's clock (which is this machine's).
void openEveryStage(QSqlDatabase owner, qint64 batch);

// `n` new trainees of `base` (specialty 0100, ID numbers T1, T2, ... continuing those already
// there), each registered in `batch` at `state`. Returns the registration ids, ascending.
QList<qint64> addRegistrations(QSqlDatabase owner, qint64 batch, qint64 base, int n,
                               const QString &state = QStringLiteral("submitted"));

} // namespace gme::test
