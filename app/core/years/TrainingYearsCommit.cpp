// TrainingYearsImporter::commit: writes a validated training-years plan in one transaction.
#include "TrainingYearsImport.h"

#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::TrainingYearsImport)
};

} // namespace

ImportOutcome TrainingYearsImporter::commit(const TrainingYearsPlan &plan, RosterImporter::Mode mode,
                                            const std::function<bool(int, int)> &progress)
{
    ImportOutcome out;
    if (mode == RosterImporter::Mode::AllOrNothing && !plan.rejectedRows.isEmpty()) {
        out.error = Text::tr("%n row(s) have problems; nothing was imported.", nullptr, int(plan.rejectedRows.size()));
        return out;
    }
    try {
        Transaction tx(m_db, Transaction::Mode::Immediate);
        QSqlQuery find(m_db), update(m_db);
        prepareOrThrow(find, QStringLiteral("SELECT training_years, training_start, training_end FROM trainees WHERE id = ?"));
        prepareOrThrow(update, QStringLiteral("UPDATE trainees SET training_years = ?, training_start = ?, training_end = ? "
                                              "WHERE id = ?"));
        const int total = int(plan.valid.size());
        int done = 0;
        for (const TrainingYearsRecord &r : plan.valid) {
            if (progress && done % 1000 == 0 && !progress(done, total)) {
                out = {};
                out.cancelled = true;
                return out; // the transaction rolls back
            }
            ++done;
            const QString start = r.start.toString(Qt::ISODate);
            const QString end = r.end.toString(Qt::ISODate);
            find.addBindValue(r.traineeId);
            execOrThrow(find, "find trainee years");
            const bool same = find.next() && !find.value(0).isNull() && find.value(0).toInt() == r.years
                              && find.value(1).toString() == start && find.value(2).toString() == end;
            find.finish();
            if (same) {
                ++out.unchanged;
                continue;
            }
            update.addBindValue(r.years);
            update.addBindValue(start);
            update.addBindValue(end);
            update.addBindValue(r.traineeId);
            execOrThrow(update, "update trainee years");
            ++out.updated;
        }
        tx.commit();
    } catch (const DbError &e) {
        out = {};
        out.error = Text::tr("Nothing was imported: %1").arg(e.message());
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace gme
