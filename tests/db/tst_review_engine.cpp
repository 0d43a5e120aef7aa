// The review engine's rules: stage windows, atomic batches, versions, reasons, the decision log.
#include "TestSupport.h"
#include "review/ExamBatches.h"
#include "review/QueueRepository.h"
#include "review/ReviewEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

Q_DECLARE_METATYPE(gme::RowProblem)

class TestReviewEngine : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;

    const Province &p() const { return m_db->p(); }
    ReviewEngine engine(const User &u) { return ReviewEngine(m_db->db(), u, Workflow::completionExam(), m_db->clock()); }
    BatchResult baseApply(Action a, const QList<BatchRow> &rows, const QString &reason = {})
    {
        return engine(p().baseA1User).apply(BatchRequest{a, reason, rows});
    }
    int decisionCount() const { return m_db->count(QStringLiteral("decisions")); }

private slots:
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup() { m_db.reset(); }

    void emptyBatch()
    {
        const BatchResult r = baseApply(Action::Pass, {});
        QVERIFY(!r.applied);
        QCOMPARE(r.check.problem, BatchProblem::Empty);
        QCOMPARE(m_db->count(QStringLiteral("batch_actions")), 0);
        QVERIFY(!batchProblemText(BatchProblem::Empty).isEmpty());
    }

    void window_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("open");
        const QDateTime opens = TestDb::windowOpens(Stage::BaseReview);
        const QDateTime closes = TestDb::windowCloses(Stage::BaseReview);
        QTest::newRow("a day before") << opens.addDays(-1) << false;
        QTest::newRow("one second before opening") << opens.addSecs(-1) << false;
        QTest::newRow("at opening (inclusive)") << opens << true;
        QTest::newRow("inside") << opens.addDays(3) << true;
        QTest::newRow("last second") << closes.addSecs(-1) << true;
        QTest::newRow("at closing (exclusive)") << closes << false;
        QTest::newRow("after") << closes.addDays(2) << false;
    }
    void window()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, open);
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        m_db->clock().set(now);
        const BatchResult r = baseApply(Action::Pass, {{id, 1}});
        QCOMPARE(r.applied, open);
        QCOMPARE(m_db->stateOf(id), open ? State::BasePassed : State::Submitted);
        if (!open) {
            QCOMPARE(r.check.rows.size(), 1);
            QCOMPARE(r.check.rows[0].problem, RowProblem::WindowClosed);
            QCOMPARE(decisionCount(), 0);
        }
    }

    void windowOfTheTransitionsStage()
    {
        // A city-stage move is judged by the city window, not the base window (which is open now).
        const qint64 id = m_db->addRegistration(p().baseA1, State::BasePassed);
        m_db->clock().set(TestDb::timeIn(Stage::BaseReview));
        BatchResult r = engine(p().cityAUser).apply({Action::Pass, {}, {{id, 1}}});
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows[0].problem, RowProblem::WindowClosed);
        m_db->clock().set(TestDb::timeIn(Stage::CityReview));
        r = engine(p().cityAUser).apply({Action::Pass, {}, {{id, 1}}});
        QVERIFY(r.applied);
        QCOMPARE(m_db->stateOf(id), State::CityPassed);
    }

    void missingWindowIsClosed()
    {
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        execSql(m_db->db(), QStringLiteral("DELETE FROM stage_windows WHERE stage = 'base_review'"));
        const BatchResult r = baseApply(Action::Pass, {{id, 1}});
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows[0].problem, RowProblem::WindowClosed);
    }

    void closedExamBatchTakesNoDecisions()
    {
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        execSql(m_db->db(), QStringLiteral("UPDATE exam_batches SET status = 'closed'"));
        const BatchResult r = baseApply(Action::Pass, {{id, 1}});
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows[0].problem, RowProblem::WindowClosed);
    }

    void extendWindowByProvincial()
    {
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        const QDateTime oldClose = TestDb::windowCloses(Stage::BaseReview);
        const QDateTime newClose = oldClose.addDays(2);
        m_db->clock().set(oldClose.addDays(1)); // too late for the base
        QCOMPARE(baseApply(Action::Pass, {{id, 1}}).check.rows[0].problem, RowProblem::WindowClosed);

        QCOMPARE(engine(p().provincialUser).extendWindow(p().examBatch, Stage::BaseReview, newClose), QString());
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT closes_at FROM stage_windows WHERE stage = 'base_review'")).toString(),
                 toDbTime(newClose));
        QSqlQuery log(m_db->db());
        QVERIFY(log.exec(QStringLiteral("SELECT user_id, kind, detail, logged_at FROM admin_log")));
        QVERIFY(log.next());
        QCOMPARE(log.value(0).toLongLong(), p().provincialUser.id);
        QCOMPARE(log.value(1).toString(), QStringLiteral("window_extended"));
        const QJsonObject detail = QJsonDocument::fromJson(log.value(2).toString().toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("batch")).toInteger(), p().examBatch);
        QCOMPARE(detail.value(QStringLiteral("stage")).toString(), QStringLiteral("base_review"));
        QCOMPARE(detail.value(QStringLiteral("old_closes_at")).toString(), toDbTime(oldClose));
        QCOMPARE(detail.value(QStringLiteral("new_closes_at")).toString(), toDbTime(newClose));
        QCOMPARE(log.value(3).toString(), toDbTime(m_db->clock().now()));
        QVERIFY(!log.next());

        // Now the base can act again.
        QVERIFY(baseApply(Action::Pass, {{id, 1}}).applied);
    }

    void extendWindowRefused()
    {
        const QDateTime oldClose = TestDb::windowCloses(Stage::BaseReview);
        for (const User &u : {p().baseA1User, p().cityAUser, p().sysadmin}) {
            const QString why = engine(u).extendWindow(p().examBatch, Stage::BaseReview, oldClose.addDays(5));
            QVERIFY2(!why.isEmpty(), qPrintable(u.username));
        }
        // Not later than the current close.
        QVERIFY(!engine(p().provincialUser).extendWindow(p().examBatch, Stage::BaseReview, oldClose).isEmpty());
        QVERIFY(!engine(p().provincialUser).extendWindow(p().examBatch, Stage::BaseReview, oldClose.addSecs(-60)).isEmpty());
        // No such batch.
        QVERIFY(!engine(p().provincialUser).extendWindow(p().examBatch + 100, Stage::BaseReview, oldClose.addDays(1)).isEmpty());
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT closes_at FROM stage_windows WHERE stage = 'base_review'")).toString(),
                 toDbTime(oldClose));
        QCOMPARE(m_db->count(QStringLiteral("admin_log")), 0);
    }

    void oneBadRowStopsTheBatch_data()
    {
        QTest::addColumn<int>("badIndex");
        QTest::addColumn<int>("kind"); // 0 wrong state, 1 other base, 2 stale version, 3 duplicate, 4 missing
        QTest::addColumn<RowProblem>("problem");
        const int n = 6;
        for (int k : {0, n / 2, n - 1}) {
            QTest::addRow("wrong state at %d", k) << k << 0 << RowProblem::WrongState;
            QTest::addRow("other base at %d", k) << k << 1 << RowProblem::OutOfScope;
            QTest::addRow("stale version at %d", k) << k << 2 << RowProblem::Changed;
            QTest::addRow("missing at %d", k) << k << 4 << RowProblem::OutOfScope;
            if (k > 0)
                QTest::addRow("duplicate at %d", k) << k << 3 << RowProblem::Duplicate;
        }
    }
    void oneBadRowStopsTheBatch()
    {
        QFETCH(int, badIndex);
        QFETCH(int, kind);
        QFETCH(RowProblem, problem);
        const int n = 6;
        QList<BatchRow> rows;
        QList<qint64> good;
        for (int i = 0; i < n; ++i) {
            const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
            good.append(id);
            rows.append({id, 1});
        }
        switch (kind) {
        case 0: rows[badIndex] = {m_db->addRegistration(p().baseA1, State::BasePassed), 1}; break;
        case 1: rows[badIndex] = {m_db->addRegistration(p().baseB1, State::Submitted), 1}; break;
        case 2: rows[badIndex].version = 7; break;
        case 3: rows[badIndex] = rows[0]; break;
        case 4: rows[badIndex] = {999999, 1}; break;
        }
        const BatchResult r = baseApply(Action::Return, rows, QStringLiteral(u"请补充材料"));
        QVERIFY(!r.applied);
        QCOMPARE(r.check.problem, BatchProblem::None);
        QCOMPARE(r.check.rows.size(), n);
        QCOMPARE(r.check.badRowCount(), 1);
        for (int i = 0; i < n; ++i)
            QCOMPARE(r.check.rows[i].problem, i == badIndex ? problem : RowProblem::None);
        QVERIFY(!rowProblemText(problem).isEmpty());
        for (qint64 id : good) {
            QCOMPARE(m_db->stateOf(id), State::Submitted);
            QCOMPARE(m_db->versionOf(id), 1);
        }
        QCOMPARE(decisionCount(), 0);
        QCOMPARE(m_db->count(QStringLiteral("batch_actions")), 0);
    }

    void everyBadRowIsReported()
    {
        const qint64 ok1 = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 wrong = m_db->addRegistration(p().baseA1, State::Rejected);
        const qint64 ok2 = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 foreign = m_db->addRegistration(p().baseA2, State::Submitted);
        const qint64 stale = m_db->addRegistration(p().baseA1, State::Submitted);
        const BatchCheck c = engine(p().baseA1User).check(
            {Action::Pass, {}, {{ok1, 1}, {wrong, 1}, {ok2, 1}, {foreign, 1}, {stale, 3}, {ok1, 1}}});
        QCOMPARE(c.badRowCount(), 4);
        const QList<RowProblem> expected{RowProblem::None, RowProblem::WrongState, RowProblem::None,
                                         RowProblem::OutOfScope, RowProblem::Changed, RowProblem::Duplicate};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(c.rows[i].problem, expected[i]);
        // The manifest names in-scope rows with their current state.
        QCOMPARE(c.rows[1].name, m_db->nameOf(wrong));
        QCOMPARE(c.rows[1].idNumber, m_db->idNumberOf(wrong));
        QCOMPARE(c.rows[1].state, State::Rejected);
        QCOMPARE(c.rows[0].name, m_db->nameOf(ok1));
    }

    void versionConflictBetweenTwoReviewers()
    {
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        // A second client on the same file, as a colleague at another desk.
        Database other(m_db->path());
        ReviewEngine colleague(other.connection(), p().baseA1User, Workflow::completionExam(), m_db->clock());
        QVERIFY(colleague.apply({Action::Pass, {}, {{id, 1}}}).applied);

        const BatchResult r = baseApply(Action::Return, {{id, 1}}, QStringLiteral("x"));
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows[0].problem, RowProblem::Changed);
        QCOMPARE(m_db->stateOf(id), State::BasePassed);
        QCOMPARE(m_db->versionOf(id), 2);
        QCOMPARE(m_db->decisionsOf(id).size(), 1);
    }

    void reasonRequired_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("reason");
        QTest::newRow("reject empty") << int(Action::Reject) << QString();
        QTest::newRow("reject blank") << int(Action::Reject) << QStringLiteral(" \t\u3000");
        QTest::newRow("return empty") << int(Action::Return) << QString();
        QTest::newRow("return blank") << int(Action::Return) << QStringLiteral("   ");
    }
    void reasonRequired()
    {
        QFETCH(int, action);
        QFETCH(QString, reason);
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        const BatchResult r = baseApply(Action(action), {{id, 1}}, reason);
        QVERIFY(!r.applied);
        QCOMPARE(r.check.problem, BatchProblem::ReasonRequired);
        QCOMPARE(r.check.rows.size(), 1); // the manifest is still there
        QCOMPARE(m_db->stateOf(id), State::Submitted);
        QCOMPARE(decisionCount(), 0);
    }

    void passNeedsNoReason()
    {
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        QVERIFY(baseApply(Action::Pass, {{id, 1}}).applied);
        QVERIFY(m_db->decisionsOf(id)[0].reason.isNull());
    }

    void rejectAndReturnAreDifferentOutcomes()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 b = m_db->addRegistration(p().baseA1, State::Submitted);
        QVERIFY(baseApply(Action::Reject, {{a, 1}}, QStringLiteral(u"  轮转培训计划未完成 ")).applied);
        QVERIFY(baseApply(Action::Return, {{b, 1}}, QStringLiteral(u"扫描件不清晰")).applied);
        QCOMPARE(m_db->stateOf(a), State::Rejected);
        QCOMPARE(m_db->stateOf(b), State::Returned);
        QCOMPARE(m_db->decisionsOf(a)[0].action, QStringLiteral("reject"));
        QCOMPARE(m_db->decisionsOf(a)[0].reason, QStringLiteral(u"轮转培训计划未完成")); // trimmed
        QCOMPARE(m_db->decisionsOf(b)[0].action, QStringLiteral("return"));
        QCOMPARE(m_db->decisionsOf(b)[0].toState, QStringLiteral("returned"));
        // A rejected row is final for the base: it cannot be resubmitted, a returned one can.
        QCOMPARE(baseApply(Action::Resubmit, {{a, 2}}).check.rows[0].problem, RowProblem::WrongState);
        QVERIFY(baseApply(Action::Resubmit, {{b, 2}}).applied);
    }

    void decisionLogContents()
    {
        m_db->clock().set(TestDb::timeIn(Stage::CityReview).addSecs(123));
        const QList<qint64> ids{m_db->addRegistration(p().baseA1, State::BasePassed),
                                m_db->addRegistration(p().baseA2, State::BasePassed),
                                m_db->addRegistration(p().baseA1, State::BasePassed)};
        const BatchResult r = engine(p().cityAUser).apply(
            {Action::Return, QStringLiteral(u"报名信息有误"), {{ids[0], 1}, {ids[1], 1}, {ids[2], 1}}});
        QVERIFY(r.applied);
        QCOMPARE(r.rowCount, 3);
        QVERIFY(r.batchActionId > 0);
        const QString now = toDbTime(m_db->clock().now());

        QSqlQuery ba(m_db->db());
        QVERIFY(ba.exec(QStringLiteral("SELECT id, user_id, stage, action, reason, row_count, applied_at FROM batch_actions")));
        QVERIFY(ba.next());
        QCOMPARE(ba.value(0).toLongLong(), r.batchActionId);
        QCOMPARE(ba.value(1).toLongLong(), p().cityAUser.id);
        QCOMPARE(ba.value(2).toString(), QStringLiteral("city_review"));
        QCOMPARE(ba.value(3).toString(), QStringLiteral("return"));
        QCOMPARE(ba.value(4).toString(), QStringLiteral(u"报名信息有误"));
        QCOMPARE(ba.value(5).toInt(), 3);
        QCOMPARE(ba.value(6).toString(), now);
        QVERIFY(!ba.next());

        for (qint64 id : ids) {
            const QList<DecisionRecord> d = m_db->decisionsOf(id);
            QCOMPARE(d.size(), 1);
            QCOMPARE(d[0].batchActionId, r.batchActionId);
            QCOMPARE(d[0].userId, p().cityAUser.id);
            QCOMPARE(d[0].stage, QStringLiteral("city_review"));
            QCOMPARE(d[0].action, QStringLiteral("return"));
            QCOMPARE(d[0].fromState, QStringLiteral("base_passed"));
            QCOMPARE(d[0].toState, QStringLiteral("returned"));
            QCOMPARE(d[0].reason, QStringLiteral(u"报名信息有误"));
            QCOMPARE(d[0].decidedAt, now);
            QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT updated_at FROM registrations WHERE id = ?"), {id}).toString(), now);
            QCOMPARE(m_db->versionOf(id), 2);
        }

        // The timeline shows it with the reviewer's name.
        QueueRepository repo(m_db->db(), p().cityAUser, Workflow::completionExam());
        const auto details = repo.loadDetails(ids[1]);
        QVERIFY(details);
        QCOMPARE(details->timeline.size(), 1);
        QCOMPARE(details->timeline[0].reviewer, p().cityAUser.displayName);
        QCOMPARE(details->timeline[0].batchActionId, r.batchActionId);
        QCOMPARE(details->timeline[0].toState, State::Returned);
    }

    void decisionLogIsAppendOnly()
    {
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        QVERIFY(baseApply(Action::Reject, {{id, 1}}, QStringLiteral("no")).applied);
        QSqlQuery q(m_db->db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE decisions SET reason = 'rewritten'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM decisions")));
        QCOMPARE(m_db->decisionsOf(id).size(), 1);
        QCOMPARE(m_db->decisionsOf(id)[0].reason, QStringLiteral("no"));
    }

    void cancelOnlyBeforeReview()
    {
        const qint64 fresh = m_db->addRegistration(p().baseA1, State::Submitted);
        QVERIFY(baseApply(Action::Cancel, {{fresh, 1}}).applied);
        QCOMPARE(m_db->stateOf(fresh), State::Cancelled);

        // Returned, then resubmitted: back in "submitted", but it has been reviewed.
        const qint64 reviewed = m_db->addRegistration(p().baseA1, State::Submitted);
        QVERIFY(baseApply(Action::Return, {{reviewed, 1}}, QStringLiteral("fix")).applied);
        QVERIFY(baseApply(Action::Resubmit, {{reviewed, 2}}).applied);
        QCOMPARE(m_db->stateOf(reviewed), State::Submitted);
        const BatchResult r = baseApply(Action::Cancel, {{reviewed, 3}});
        QVERIFY(!r.applied);
        QCOMPARE(r.check.rows[0].problem, RowProblem::AlreadyReviewed);
        QCOMPARE(m_db->stateOf(reviewed), State::Submitted);

        const qint64 passed = m_db->addRegistration(p().baseA1, State::BasePassed);
        QCOMPARE(baseApply(Action::Cancel, {{passed, 1}}).check.rows[0].problem, RowProblem::WrongState);
        // Municipal cannot cancel at all.
        QCOMPARE(engine(p().cityAUser).check({Action::Cancel, {}, {{passed, 1}}}).problem, BatchProblem::ActionNotAllowed);
    }

    void resubmittedReentersBaseQueue()
    {
        const qint64 id = m_db->addRegistration(p().baseA1, State::Returned);
        QueueRepository repo(m_db->db(), p().baseA1User, Workflow::completionExam());
        auto inQueue = [&] {
            const QVector<QueueRow> q = repo.loadQueue();
            return std::any_of(q.cbegin(), q.cend(), [&](const QueueRow &r) { return r.registrationId == id; });
        };
        QVERIFY(!inQueue());
        QVERIFY(baseApply(Action::Resubmit, {{id, 1}}).applied);
        QCOMPARE(m_db->stateOf(id), State::Submitted);
        QVERIFY(inQueue());
        const QVector<QueueRow> rows = repo.loadRows({id});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].version, 2);
        QCOMPARE(rows[0].state, State::Submitted);
        // And it can be reviewed again.
        QVERIFY(baseApply(Action::Pass, {{id, 2}}).applied);
        QVERIFY(!inQueue());
    }

    void checkWritesNothing()
    {
        const qint64 id = m_db->addRegistration(p().baseA1, State::Submitted);
        const BatchCheck c = engine(p().baseA1User).check({Action::Pass, {}, {{id, 1}}});
        QVERIFY(c.ok());
        QCOMPARE(m_db->stateOf(id), State::Submitted);
        QCOMPARE(decisionCount(), 0);
        QCOMPARE(m_db->count(QStringLiteral("batch_actions")), 0);
    }

    void cancelledApplyWritesNothing()
    {
        const int n = 1000;
        const qint64 first = m_db->addRegistrations(p().baseA1, State::Submitted, n);
        QList<BatchRow> rows;
        for (int i = 0; i < n; ++i)
            rows.append({first + i, 1});
        QList<int> seen;
        const BatchResult r = engine(p().baseA1User).apply({Action::Pass, {}, rows}, [&](int done, int total) {
            seen.append(done);
            return total == n && done < 500; // stop half-way
        });
        QVERIFY(!r.applied);
        QVERIFY(r.cancelled);
        QVERIFY(r.check.ok());
        QCOMPARE(seen.constFirst(), 0);
        QVERIFY(seen.constLast() >= 500 && seen.constLast() < n);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM registrations WHERE state = 'submitted'")).toInt(), n);
        QCOMPARE(decisionCount(), 0);
        QCOMPARE(m_db->count(QStringLiteral("batch_actions")), 0);

        // Letting it run to the end applies everything, and progress reaches the total.
        int last = -1;
        const BatchResult ok = engine(p().baseA1User).apply({Action::Pass, {}, rows}, [&](int done, int) {
            last = done;
            return true;
        });
        QVERIFY(ok.applied);
        QVERIFY(!ok.cancelled);
        QCOMPARE(last, n);
        QCOMPARE(decisionCount(), n);
    }

    void examBatchesWithWindows()
    {
        QList<ExamBatch> batches = loadExamBatches(m_db->db());
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches[0].id, p().examBatch);
        QCOMPARE(batches[0].year, 2023);
        QCOMPARE(batches[0].track, Track::Resident);
        QVERIFY(batches[0].open);
        QCOMPARE(batches[0].windows.size(), 4);
        QCOMPARE(batches[0].subjects, (QStringList{QStringLiteral("theory"), QStringLiteral("skills")}));
        const QList<Stage> order{Stage::Registration, Stage::BaseReview, Stage::CityReview, Stage::FinalReview};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(batches[0].windows[i].stage, order[i]);
            QCOMPARE(batches[0].windows[i].opensAt, TestDb::windowOpens(order[i]));
            QCOMPARE(batches[0].windows[i].closesAt, TestDb::windowCloses(order[i]));
        }
        QVERIFY(batches[0].windows[1].isOpenAt(TestDb::timeIn(Stage::BaseReview)));
        QVERIFY(!batches[0].windows[1].isOpenAt(TestDb::windowCloses(Stage::BaseReview)));

        const QDateTime later = TestDb::windowCloses(Stage::FinalReview).addDays(3);
        QCOMPARE(engine(p().provincialUser).extendWindow(p().examBatch, Stage::FinalReview, later), QString());
        batches = loadExamBatches(m_db->db());
        QCOMPARE(batches[0].windows[3].closesAt, later);
    }

    void largeBatchCrossesChunks()
    {
        // More rows than one IN list holds; the bad row is in the last chunk.
        const int n = 1203;
        const qint64 first = m_db->addRegistrations(p().baseA1, State::Submitted, n);
        QList<BatchRow> rows;
        for (int i = 0; i < n; ++i)
            rows.append({first + i, 1});
        rows.last().version = 5;
        BatchResult r = baseApply(Action::Pass, rows);
        QVERIFY(!r.applied);
        QCOMPARE(r.check.badRowCount(), 1);
        QCOMPARE(r.check.rows.last().problem, RowProblem::Changed);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM registrations WHERE state = 'submitted'")).toInt(), n);
        rows.last().version = 1;
        r = baseApply(Action::Pass, rows);
        QVERIFY(r.applied);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT COUNT(*) FROM registrations WHERE state = 'base_passed'")).toInt(), n);
        QCOMPARE(decisionCount(), n);
    }
};

QTEST_GUILESS_MAIN(TestReviewEngine)
#include "tst_review_engine.moc"
