// Evidence in the embedded database: DatabaseEvidenceSource (worker thread, hash check, cancel),
// EvidenceRepository (files and missing kinds) and the EvidencePrefetcher in front of a source.

#include "TestSupport.h"

#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/EvidencePrefetcher.h"
#include "evidence/EvidenceRepository.h"

#include <QPointer>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace gme;
using namespace gme::test;

namespace {

QByteArray fakePdf(int n)
{
    return "%PDF-1.4\n% test file " + QByteArray::number(n) + '\n' + QByteArray(1000 + n, char('a' + n % 26)) + "\n%%EOF\n";
}

// Stores bytes and an evidence row; returns the row as a ref.
EvidenceRef addFile(TestDb &t, qint64 registrationId, const QString &kind, const QByteArray &bytes,
                    const QString &name = QStringLiteral("scan.pdf"))
{
    const QString sha = sha256Hex(bytes);
    execSql(t.db(), QStringLiteral("INSERT OR IGNORE INTO evidence_blobs (sha256, content) VALUES (?, ?)"), {sha, bytes});
    execSql(t.db(), QStringLiteral("INSERT INTO evidence (registration_id, kind, file_name, mime_type, size_bytes, sha256, "
                                   "uploaded_at) VALUES (?, ?, ?, 'application/pdf', ?, ?, '2023-03-15 10:00:00')"),
            {registrationId, kind, name, qint64(bytes.size()), sha});
    const QList<EvidenceRef> files = EvidenceRepository(t.db()).filesOf(registrationId);
    return files.last();
}

struct Outcome
{
    QString kind = QStringLiteral("none");
    QByteArray bytes;
};

Outcome waitFor(EvidenceRequest *request)
{
    Outcome out;
    QEventLoop loop;
    QObject::connect(request, &EvidenceRequest::finished, &loop, [&](const QByteArray &b) { out = {QStringLiteral("finished"), b}; loop.quit(); });
    QObject::connect(request, &EvidenceRequest::failed, &loop, [&] { out.kind = QStringLiteral("failed"); loop.quit(); });
    QObject::connect(request, &EvidenceRequest::damaged, &loop, [&] { out.kind = QStringLiteral("damaged"); loop.quit(); });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return out;
}

// A source whose requests finish only when told, counting fetches (for the prefetcher).
class ManualSource : public EvidenceSource
{
public:
    EvidenceRequest *fetch(const EvidenceRef &ref) override
    {
        auto *r = new EvidenceRequest(ref, this);
        r->setCancelHandler([this, sha = ref.sha256] { cancelled.append(sha); });
        pending.append(r);
        fetched.append(ref.sha256);
        return r;
    }
    void finishAll(const QHash<QString, QByteArray> &bytes)
    {
        const auto list = pending;
        pending.clear();
        for (const QPointer<EvidenceRequest> &r : list)
            if (r && r->isRunning())
                r->reportFinished(bytes.value(r->ref().sha256));
    }
    QList<QPointer<EvidenceRequest>> pending;
    QStringList fetched;
    QStringList cancelled;
};

} // namespace

class TestEvidenceDatabase : public QObject
{
    Q_OBJECT

private slots:
    void fetchesOnAWorkerThread()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        const QByteArray bytes = fakePdf(1);
        const EvidenceRef ref = addFile(t, reg, QStringLiteral("process_register"), bytes);
        QCOMPARE(ref.sha256, sha256Hex(bytes));
        QCOMPARE(ref.sizeBytes, qint64(bytes.size()));

        DatabaseEvidenceSource source(t.database());
        QPointer<EvidenceRequest> request = source.fetch(ref);
        QSignalSpy progress(request, &EvidenceRequest::progress);
        const Outcome o = waitFor(request);
        QCOMPARE(o.kind, QStringLiteral("finished"));
        QCOMPARE(o.bytes, bytes);
        QCOMPARE(progress.size(), 1);
        QTRY_VERIFY(request.isNull());
        // Many at once, and the GUI thread's connection keeps working meanwhile.
        int done = 0;
        for (int i = 0; i < 20; ++i)
            connect(source.fetch(ref), &EvidenceRequest::finished, this, [&](const QByteArray &b) { done += b == bytes; });
        QCOMPARE(t.count(QStringLiteral("evidence")), 1);
        QTRY_COMPARE(done, 20);
    }

    void alteredBlobIsDamaged()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        const QByteArray bytes = fakePdf(2);
        const EvidenceRef ref = addFile(t, reg, QStringLiteral("licence"), bytes);
        execSql(t.db(), QStringLiteral("UPDATE evidence_blobs SET content = ? WHERE sha256 = ?"), {fakePdf(3), ref.sha256});
        DatabaseEvidenceSource source(t.database());
        QPointer<EvidenceRequest> request = source.fetch(ref);
        QSignalSpy damaged(request, &EvidenceRequest::damaged);
        QSignalSpy finished(request, &EvidenceRequest::finished);
        QCOMPARE(waitFor(request).kind, QStringLiteral("damaged"));
        QCOMPARE(damaged.first().at(0).toString(), ref.sha256);
        QCOMPARE(damaged.first().at(1).toString(), sha256Hex(fakePdf(3)));
        QVERIFY(finished.isEmpty());
    }

    void missingBlobFails()
    {
        TestDb t;
        EvidenceRef ref;
        ref.sha256 = sha256Hex("never stored");
        DatabaseEvidenceSource source(t.database());
        QPointer<EvidenceRequest> request = source.fetch(ref);
        QString message;
        connect(request, &EvidenceRequest::failed, this, [&](const QString &m) { message = m; });
        QCOMPARE(waitFor(request).kind, QStringLiteral("failed"));
        QVERIFY(message.contains(ref.sha256.left(12)));
    }

    void cancelledRequestStaysSilent()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        const EvidenceRef ref = addFile(t, reg, QStringLiteral("photo"), fakePdf(4));
        DatabaseEvidenceSource source(t.database());
        QPointer<EvidenceRequest> request = source.fetch(ref);
        QSignalSpy finished(request, &EvidenceRequest::finished);
        request->cancel();
        QTRY_VERIFY(request.isNull());
        QTest::qWait(100);
        QVERIFY(finished.isEmpty());
    }

    void repositoryFlagsMissingKinds()
    {
        TestDb t;
        const qint64 complete = t.addRegistration(t.p().baseA1, State::Submitted);
        addFile(t, complete, QStringLiteral("process_register"), fakePdf(5));
        addFile(t, complete, QStringLiteral("photo"), fakePdf(6), t.idNumberOf(complete) + QStringLiteral(".jpg"));
        addFile(t, complete, QStringLiteral("licence"), fakePdf(7));
        const qint64 noLicence = t.addRegistration(t.p().baseA1, State::Submitted);
        addFile(t, noLicence, QStringLiteral("process_register"), fakePdf(5));
        addFile(t, noLicence, QStringLiteral("photo"), fakePdf(6));
        const qint64 reduced = t.addRegistration(t.p().baseA1, State::Submitted);
        execSql(t.db(), QStringLiteral("UPDATE trainees SET training_start = '2021-09-01' WHERE id = "
                                       "(SELECT trainee_id FROM registrations WHERE id = ?)"), {reduced});
        addFile(t, reduced, QStringLiteral("process_register"), fakePdf(5));
        addFile(t, reduced, QStringLiteral("photo"), fakePdf(6));
        addFile(t, reduced, QStringLiteral("licence"), fakePdf(7));
        const qint64 nothing = t.addRegistration(t.p().baseA1, State::Submitted);

        EvidenceRepository repo(t.db());
        const RegistrationEvidence r = repo.registration(complete);
        QCOMPARE(r.registrationId, complete);
        QCOMPARE(r.idNumber, t.idNumberOf(complete));
        QCOMPARE(r.files.size(), 3);
        QCOMPARE(r.files.first().kind, QStringLiteral("process_register"));
        QVERIFY(r.missingKinds.isEmpty());
        QCOMPARE(repo.registration(noLicence).missingKinds, QStringList{QStringLiteral("licence")});
        QCOMPARE(repo.registration(reduced).missingKinds, QStringList{QStringLiteral("reduction_proof")});
        QCOMPARE(repo.registration(987654).registrationId, 0);

        // Several rows at once, in the order asked for (for prefetching the next rows).
        const QList<EvidenceRef> ahead = repo.filesOf(QList<qint64>{reduced, complete, nothing});
        QCOMPARE(ahead.size(), 6);
        QCOMPARE(ahead[0].registrationId, reduced);
        QCOMPARE(ahead[3].registrationId, complete);
        QCOMPARE(ahead[3].kind, QStringLiteral("process_register"));

        const QHash<qint64, QStringList> missing = repo.missingKinds({complete, noLicence, reduced, nothing});
        QVERIFY(!missing.contains(complete));
        QCOMPARE(missing.value(noLicence), QStringList{QStringLiteral("licence")});
        QCOMPARE(missing.value(reduced), QStringList{QStringLiteral("reduction_proof")});
        QCOMPARE(missing.value(nothing).size(), 3);

        // The SQL form of the rule (for queue filters) picks the same rows.
        QSqlQuery q(t.db());
        QVERIFY(q.exec(QStringLiteral("SELECT r.id FROM registrations r JOIN trainees t ON t.id = r.trainee_id WHERE ")
                       + missingEvidenceSqlCondition(gme::Dialect::Sqlite, QStringLiteral("r"), QStringLiteral("t")) + QStringLiteral(" ORDER BY r.id")));
        QList<qint64> flagged;
        while (q.next())
            flagged.append(q.value(0).toLongLong());
        QCOMPARE(flagged, (QList<qint64>{noLicence, reduced, nothing}));
        // An assistant-GP trainee needs no licence; 2 years is their full length.
        execSql(t.db(), QStringLiteral("UPDATE trainees SET track = 'assistant_gp' WHERE id = "
                                       "(SELECT trainee_id FROM registrations WHERE id = ?)"), {reduced});
        QVERIFY(!repo.missingKinds({reduced}).contains(reduced));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM registrations r JOIN trainees t ON t.id = r.trainee_id WHERE r.id = %1 AND ")
                           .arg(reduced) + missingEvidenceSqlCondition(gme::Dialect::Sqlite, QStringLiteral("r"), QStringLiteral("t"))));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void missingKindsForManyRows()
    {
        TestDb t;
        const qint64 first = t.addRegistrations(t.p().baseA1, State::Submitted, 1200);
        QList<qint64> ids;
        for (qint64 i = 0; i < 1200; ++i)
            ids.append(first + i);
        QElapsedTimer timer;
        timer.start();
        const QHash<qint64, QStringList> missing = EvidenceRepository(t.db()).missingKinds(ids);
        QCOMPARE(missing.size(), 1200);
        QVERIFY(timer.elapsed() < 3000);
    }

    void prefetcherKeepsAndJoins()
    {
        ManualSource upstream;
        EvidencePrefetcher prefetcher(&upstream);
        const QByteArray a = fakePdf(10), b = fakePdf(11), c = fakePdf(12);
        auto ref = [](const QByteArray &bytes) { EvidenceRef r; r.sha256 = sha256Hex(bytes); return r; };
        const QHash<QString, QByteArray> all{{sha256Hex(a), a}, {sha256Hex(b), b}, {sha256Hex(c), c}};

        // Two fetches of the same content share one upstream transfer.
        QPointer<EvidenceRequest> r1 = prefetcher.fetch(ref(a));
        QPointer<EvidenceRequest> r2 = prefetcher.fetch(ref(a));
        QCOMPARE(upstream.fetched.size(), 1);
        QSignalSpy s1(r1, &EvidenceRequest::finished), s2(r2, &EvidenceRequest::finished);
        upstream.finishAll(all);
        QCOMPARE(s1.size(), 1);
        QCOMPARE(s2.size(), 1);
        QVERIFY(prefetcher.holdsInMemory(sha256Hex(a)));

        // A memory hit needs no upstream fetch, and arrives from the event loop.
        QPointer<EvidenceRequest> r3 = prefetcher.fetch(ref(a));
        QSignalSpy s3(r3, &EvidenceRequest::finished);
        QVERIFY(s3.isEmpty());
        QTRY_COMPARE(s3.size(), 1);
        QCOMPARE(upstream.fetched.size(), 1);
        QVERIFY(prefetcher.isCached(ref(a)));

        // Prefetch: b and c ahead, two at a time; a fetch of b then joins the transfer under way.
        prefetcher.setMaxConcurrent(1);
        QSignalSpy prefetched(&prefetcher, &EvidencePrefetcher::prefetched);
        prefetcher.prefetch({ref(a), ref(b), ref(c)});
        QCOMPARE(upstream.fetched, (QStringList{sha256Hex(a), sha256Hex(b)}));
        QPointer<EvidenceRequest> rb = prefetcher.fetch(ref(b));
        QSignalSpy sb(rb, &EvidenceRequest::finished);
        upstream.finishAll(all); // b done → c starts
        QCOMPARE(sb.size(), 1);
        QCOMPARE(upstream.fetched.size(), 3);
        QCOMPARE(upstream.fetched.last(), sha256Hex(c));

        // A new wish list drops the transfer nobody waits for.
        prefetcher.prefetch({ref(b)});
        QCOMPARE(upstream.cancelled, QStringList{sha256Hex(c)});
        QCOMPARE(prefetched.size(), 1); // b
        QVERIFY(!prefetcher.holdsInMemory(sha256Hex(c)));
    }

    void prefetcherCancelsWhenNobodyWaits()
    {
        ManualSource upstream;
        EvidencePrefetcher prefetcher(&upstream);
        EvidenceRef r;
        r.sha256 = sha256Hex("x");
        QPointer<EvidenceRequest> one = prefetcher.fetch(r);
        QPointer<EvidenceRequest> two = prefetcher.fetch(r);
        one->cancel();
        QVERIFY(upstream.cancelled.isEmpty()); // two still waits
        two->cancel();
        QCOMPARE(upstream.cancelled, QStringList{r.sha256});
        QCOMPARE(prefetcher.transfersRunning(), 0);
    }

    void prefetcherDestroyedWithWaiters()
    {
        ManualSource upstream;
        auto *prefetcher = new EvidencePrefetcher(&upstream);
        EvidenceRef a, b;
        a.sha256 = sha256Hex("a");
        b.sha256 = sha256Hex("b");
        QPointer<EvidenceRequest> waiting = prefetcher->fetch(a);
        prefetcher->prefetch({a, b});
        delete prefetcher;
        QVERIFY(waiting.isNull());
        QCOMPARE(upstream.cancelled.size(), 2);
    }

    void databaseSourceDestroyedWhileReading()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        const EvidenceRef ref = addFile(t, reg, QStringLiteral("photo"), fakePdf(9));
        auto *source = new DatabaseEvidenceSource(t.database());
        QList<QPointer<EvidenceRequest>> requests;
        for (int i = 0; i < 10; ++i)
            requests.append(source->fetch(ref));
        delete source;
        for (const auto &r : requests)
            QVERIFY(r.isNull());
        QTest::qWait(50);
        // A new source on the same database still reads (the old worker's connection was removed).
        DatabaseEvidenceSource again(t.database());
        QCOMPARE(waitFor(again.fetch(ref)).kind, QStringLiteral("finished"));
    }

    void prefetcherMemoryBudget()
    {
        ManualSource upstream;
        EvidencePrefetcher prefetcher(&upstream);
        prefetcher.setMemoryBudget(5000);
        QHash<QString, QByteArray> all;
        QList<EvidenceRef> refs;
        for (int i = 0; i < 4; ++i) {
            const QByteArray bytes(2000, char('a' + i));
            all.insert(sha256Hex(bytes), bytes);
            EvidenceRef r;
            r.sha256 = sha256Hex(bytes);
            refs.append(r);
            prefetcher.fetch(r);
            upstream.finishAll(all);
        }
        QVERIFY(!prefetcher.holdsInMemory(refs[0].sha256));
        QVERIFY(!prefetcher.holdsInMemory(refs[1].sha256));
        QVERIFY(prefetcher.holdsInMemory(refs[2].sha256));
        QVERIFY(prefetcher.holdsInMemory(refs[3].sha256));
    }
};

QTEST_MAIN(TestEvidenceDatabase)
#include "tst_evidence_database.moc"
