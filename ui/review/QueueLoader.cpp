#include "QueueLoader.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "evidence/EvidenceRepository.h"
#include "review/PendingStore.h"
#include "review/QueueRepository.h"

#include <QSet>

namespace gme {

QueueLoad loadQueueFor(Database *database, const User &user, const Workflow &workflow)
{
    QueueLoad out;
    try {
        QSqlDatabase db = database->connection();
        QueueRepository repo(db, user, workflow);
        QVector<QueueRow> queue = repo.loadQueue();

        PendingStore store(db, user.id);
        const QList<BatchRow> stored = store.load();
        QList<qint64> ids;
        ids.reserve(stored.size());
        for (const BatchRow &b : stored)
            ids.append(b.registrationId);
        QHash<qint64, QueueRow> current;
        if (!ids.isEmpty())
            for (QueueRow &r : repo.loadRows(ids))
                current.insert(r.registrationId, std::move(r));
        const QList<State> waiting = workflow.queueStates(user.role);
        QList<qint64> dropped;
        QVector<QueueRow> pending;
        QSet<qint64> pendingIds;
        for (const BatchRow &b : stored) {
            auto it = current.find(b.registrationId);
            if (it == current.end() || !waiting.contains(it->state)) {
                dropped.append(b.registrationId);
                continue;
            }
            QueueRow row = *it;
            row.version = b.version; // as the reviewer saw it: a change since then shows in the manifest
            pending.append(row);
            pendingIds.insert(row.registrationId);
        }
        if (!dropped.isEmpty())
            store.remove(dropped);
        out.droppedFromPending = int(dropped.size());

        // Missing required evidence of every row in one pass, for the Evidence column and filter.
        {
            QList<qint64> all;
            all.reserve(queue.size() + pending.size());
            for (const QueueRow &r : std::as_const(queue))
                all.append(r.registrationId);
            for (const QueueRow &r : std::as_const(pending))
                all.append(r.registrationId);
            const QHash<qint64, QStringList> missing = EvidenceRepository(db).missingKinds(all);
            if (!missing.isEmpty()) {
                for (QueueRow &r : queue)
                    r.missingEvidence = missing.value(r.registrationId);
                for (QueueRow &r : pending)
                    r.missingEvidence = missing.value(r.registrationId);
            }
        }

        // One store for both lists, built here rather than on the GUI thread: moving rows between
        // the lists then moves pointers only.
        out.store = std::make_shared<QueueRowStore>();
        out.queue.reserve(queue.size());
        out.pending.reserve(pending.size());
        for (QueueRow &r : queue)
            if (!pendingIds.contains(r.registrationId))
                out.queue.append(&out.store->emplace_back(std::move(r)));
        for (QueueRow &r : pending)
            out.pending.append(&out.store->emplace_back(std::move(r)));
        out.choices = FilterChoices::collect(*out.store);
        out.batches = loadExamBatches(db);
    } catch (const DbError &e) {
        out.error = e.message();
    }
    return out;
}

} // namespace gme
