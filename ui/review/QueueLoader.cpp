#include "QueueLoader.h"

#include "db/Database.h"
#include "db/DbError.h"
#include "evidence/EvidenceRepository.h"
#include "review/PendingStore.h"
#include "review/QueueRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace gme {
namespace {

// Missing required evidence of every row in one pass, for the Evidence column and filter.
void fillMissingEvidence(QSqlDatabase db, QVector<QueueRow> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QueueRow &r : std::as_const(rows))
        ids.append(r.registrationId);
    const QHash<qint64, QStringList> missing = EvidenceRepository(db).missingKinds(ids);
    if (!missing.isEmpty())
        for (QueueRow &r : rows)
            r.missingEvidence = missing.value(r.registrationId);
}

// The pick-list values of every row reported so far.
struct ChoiceSets
{
    QSet<QString> specialties, bases, cities, personTypes;

    void add(const QueueRowStore &rows)
    {
        for (const QueueRow &r : rows) {
            specialties.insert(r.specialty);
            bases.insert(r.base);
            cities.insert(r.city);
            personTypes.insert(r.personType);
        }
    }
    FilterChoices choices() const
    {
        auto sorted = [](const QSet<QString> &set) {
            QStringList list(set.begin(), set.end());
            std::sort(list.begin(), list.end());
            return list;
        };
        return {sorted(specialties), sorted(bases), sorted(cities), sorted(personTypes)};
    }
};

} // namespace

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::QueueLoader)
};

// One read of the queue; `reported` counts the pieces handed to the pane.
void loadOnce(QPromise<QueueLoad> &promise, Database *database, const User &user, const Workflow &workflow,
              int firstRows, int &reported)
{
    {
        QSqlDatabase db = database->connection();
        QueueRepository repo(db, user, workflow);

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
        fillMissingEvidence(db, pending);

        ChoiceSets choices;
        bool first = true;
        auto report = [&](QVector<QueueRow> &&rows) {
            fillMissingEvidence(db, rows);
            // The piece's rows in one store of their own, built here rather than on the GUI thread:
            // moving rows between the lists then moves pointers only.
            QueueLoad out;
            out.store = std::make_shared<QueueRowStore>();
            out.queue.reserve(rows.size());
            for (QueueRow &r : rows)
                if (!pendingIds.contains(r.registrationId))
                    out.queue.append(&out.store->emplace_back(std::move(r)));
            if (first) {
                out.pending.reserve(pending.size());
                for (QueueRow &r : pending)
                    out.pending.append(&out.store->emplace_back(std::move(r)));
                out.droppedFromPending = int(dropped.size());
                out.batches = loadExamBatches(db);
            }
            choices.add(*out.store);
            out.choices = choices.choices();
            first = false;
            promise.addResult(std::move(out));
            ++reported;
        };
        repo.loadQueue(firstRows, report);
        if (first)
            report({}); // an empty queue: still the pending batch and the windows
    }
}

} // namespace

void loadQueueFor(QPromise<QueueLoad> &promise, Database *database, const User &user, const Workflow &workflow,
                  int firstRows)
{
    int reported = 0;
    try {
        // A server restarted since the last read: the connection is reopened and the queue read
        // again, unless part of it was shown already (the pane would get rows twice).
        database->retryIfConnectionLost([&] {
            if (reported > 0)
                throw DbError(Text::tr("The connection broke while the queue was being read."));
            loadOnce(promise, database, user, workflow, firstRows, reported);
        });
    } catch (const DbError &e) {
        QueueLoad out;
        out.error = e.message();
        out.connectionLost = e.connectionLost();
        promise.addResult(std::move(out));
    }
}

} // namespace gme
