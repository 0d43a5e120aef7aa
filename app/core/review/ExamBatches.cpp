#include "ExamBatches.h"

#include "Clock.h"
#include "db/DbError.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace gme {

QList<ExamBatch> loadExamBatches(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT id, name, year, track, status, subjects FROM exam_batches ORDER BY year DESC, track, id"));
    execOrThrow(q, "load exam batches");
    QList<ExamBatch> batches;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        ExamBatch b;
        b.id = q.value(0).toLongLong();
        b.name = q.value(1).toString();
        b.year = q.value(2).toInt();
        b.track = trackFromCode(q.value(3).toString()).value_or(Track::Resident);
        b.open = q.value(4).toString() == QLatin1String("open");
        b.subjects = q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        index.insert(b.id, batches.size());
        batches.append(b);
    }

    QSqlQuery w(db);
    w.setForwardOnly(true);
    prepareOrThrow(w, QStringLiteral("SELECT batch_id, stage, opens_at, closes_at FROM stage_windows"));
    execOrThrow(w, "load stage windows");
    while (w.next()) {
        const auto i = index.constFind(w.value(0).toLongLong());
        const auto stage = stageFromCode(w.value(1).toString());
        if (i == index.cend() || !stage)
            continue;
        batches[*i].windows.append(StageWindow{*stage, fromDbTime(w.value(2).toString()), fromDbTime(w.value(3).toString())});
    }
    // Windows in the order of the review chain: registration, base, city, final.
    for (ExamBatch &b : batches)
        std::sort(b.windows.begin(), b.windows.end(),
                  [](const StageWindow &a, const StageWindow &c) { return int(a.stage) < int(c.stage); });
    return batches;
}

} // namespace gme
