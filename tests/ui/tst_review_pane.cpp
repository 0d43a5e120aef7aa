// The review pane driven as a reviewer would: queue, filter, pending batch, decisions, manifest.
#include "SampleFiles.h"
#include "UiTestSupport.h"

#include "common/DbPool.h"
#include "common/Session.h"
#include "evidence/EvidenceFileModel.h"
#include "evidence/EvidenceRef.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/UploadEvidenceDialog.h"
#include "import/XlsxReader.h"
#include "review/BatchDecision.h"
#include "review/DetailsPanel.h"
#include "review/ManifestDialog.h"
#include "review/PendingStore.h"
#include "review/QueueFilterBar.h"
#include "review/QueueTableModel.h"
#include "review/ReasonDialog.h"
#include "review/ReviewPane.h"
#include "years/ReductionRequests.h"
#include "years/ReductionReview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

// Scripted answers: nothing blocks, and every question asked is recorded.
class ScriptedPrompts : public ReviewPrompts
{
public:
    std::optional<QString> reason;
    QList<ManifestChoice> choices;
    QList<BatchCheck> manifests;
    QStringList infos, warnings;
    int reasonAsked = 0;

    std::optional<QString> askReason(QWidget *, Action, ReasonTemplates &) override
    {
        ++reasonAsked;
        return reason;
    }
    ManifestChoice confirmManifest(QWidget *, Action, const BatchCheck &check) override
    {
        manifests.append(check);
        return choices.isEmpty() ? ManifestChoice::Cancel : choices.takeFirst();
    }
    void inform(QWidget *, const QString &, const QString &text) override { infos << text; }
    void warn(QWidget *, const QString &, const QString &text) override { warnings << text; }
};

QSet<qint64> idsOf(const QVector<QueueRow> &rows)
{
    QSet<qint64> ids;
    for (const QueueRow &r : rows)
        ids.insert(r.registrationId);
    return ids;
}

} // namespace

class TestReviewPane : public QObject
{
    Q_OBJECT
    std::unique_ptr<UiTestDb> m_db;
    const Province &p() const { return m_db->p(); }


    // A pane with scripted prompts, loaded.
    std::unique_ptr<ReviewPane> openPane(const User &user, ScriptedPrompts **prompts = nullptr)
    {
        auto pane = std::make_unique<ReviewPane>(m_db->session(user));
        auto scripted = std::make_unique<ScriptedPrompts>();
        if (prompts)
            *prompts = scripted.get();
        pane->setPrompts(std::move(scripted));
        waitLoaded(*pane, 1);
        return pane;
    }

    static void waitLoaded(const ReviewPane &pane, int count) { QVERIFY(waitForQueue(pane, count)); }

    static void selectQueueRows(ReviewPane &pane, const QList<int> &rows)
    {
        QTableView *v = pane.queueView();
        v->clearSelection();
        for (int r : rows)
            v->selectionModel()->select(v->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    static QSet<qint64> pendingIds(QSqlDatabase db, qint64 userId)
    {
        QSet<qint64> ids;
        for (const BatchRow &b : PendingStore(db, userId).load())
            ids.insert(b.registrationId);
        return ids;
    }

private slots:
    void init() { m_db = std::make_unique<UiTestDb>(); }
    void cleanup() { m_db.reset(); }

    void queueShowsExactlyTheUsersSubmittedRows()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 b = m_db->addRegistration(p().baseA1, State::Submitted);
        m_db->addRegistration(p().baseA1, State::BasePassed);
        m_db->addRegistration(p().baseA1, State::Returned);
        m_db->addRegistration(p().baseA2, State::Submitted); // another base
        m_db->addRegistration(p().baseB1, State::Submitted);

        auto pane = openPane(p().baseA1User);
        QCOMPARE(idsOf(pane->queueModel()->allRows()), (QSet<qint64>{a, b}));
        QCOMPARE(pane->queueModel()->rowCount(), 2);
        QCOMPARE(pane->pendingModel()->rowCount(), 0);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 2 of 2"));
        QVERIFY2(pane->windowStateText().contains(QStringLiteral("open until")), qPrintable(pane->windowStateText()));

        // The city sees what its bases passed, not what they still have to review.
        const qint64 passedA2 = m_db->addRegistration(p().baseA2, State::BasePassed);
        auto city = openPane(p().cityAUser);
        QCOMPARE(city->queueModel()->totalCount(), 2);
        QVERIFY(idsOf(city->queueModel()->allRows()).contains(passedA2));
        QVERIFY2(city->windowStateText().contains(QStringLiteral("opens")), qPrintable(city->windowStateText()));
    }

    void detailsFollowTheCurrentRow()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"张三"));
        auto pane = openPane(p().baseA1User);
        pane->queueView()->setCurrentIndex(pane->queueModel()->index(0, 0));
        QCOMPARE(pane->detailsPanel()->fieldText(QStringLiteral("name")), QStringLiteral(u"张三"));
        QCOMPARE(pane->detailsPanel()->fieldText(QStringLiteral("idNumber")), m_db->idNumberOf(a));
    }

    // The history tab (决定历史) of a registration also shows the trainee's reduction decisions.
    void historyTabShowsTheTraineesReduction()
    {
        const qint64 reg = m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"李四"));
        const qint64 trainee = scalar(m_db->db(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {reg}).toLongLong();
        execSql(m_db->db(), QStringLiteral("UPDATE trainees SET training_years = 3, training_start = '2021-09-01', "
                                           "training_end = '2024-08-31' WHERE id = ?"), {trainee});
        m_db->clock().advanceSecs(60);
        const QByteArray proof = "%PDF-1.4\n% proof\n" + QByteArray(600, 'p') + "\n%%EOF\n";
        const ReductionFiled filed = ReductionRequests(m_db->db(), p().baseA1User, m_db->clock())
                                         .file(trainee, 2, QStringLiteral(u"外院已培训一年"), proof, QStringLiteral(u"证明.pdf"));
        QVERIFY2(filed.ok(), qPrintable(filed.message()));
        m_db->clock().advanceSecs(60);
        QVERIFY(ReductionReview(m_db->db(), p().baseA1User, m_db->clock())
                    .apply(BatchRequest(Action::Pass, {}, {{filed.requestId, 1}})).applied);

        auto pane = openPane(p().baseA1User);
        pane->queueView()->setCurrentIndex(pane->queueModel()->index(0, 0));
        auto *history = pane->detailsPanel()->findChild<QTableWidget *>(QStringLiteral("timelineTable"));
        QVERIFY(history);
        const QString flow = reductionWorkflow().spec().title;
        int found = -1;
        for (int r = 0; r < history->rowCount(); ++r)
            if (history->item(r, 1) && history->item(r, 1)->text() == flow && history->item(r, 2)->text() == stageName(Stage::BaseReview))
                found = r;
        QVERIFY2(found >= 0, "the base's pass of the reduction is listed");
        QCOMPARE(history->item(found, 3)->text(), actionName(Action::Pass));
        QCOMPARE(history->item(found, 5)->text(), p().baseA1User.displayName);
        QCOMPARE(history->item(found - 1, 1)->text(), flow); // the filing, just before it
        QCOMPARE(history->item(found - 1, 7)->text(), QStringLiteral(u"外院已培训一年"));
    }

    void evidenceFollowsTheCurrentRow()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"甲一"));
        const qint64 b = m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"乙二"));
        const QByteArray pdf = "%PDF-1.4\n%%EOF\n";
        m_db->addEvidence(a, EvidenceKind::ProcessRegister, QStringLiteral("register.pdf"), pdf);
        m_db->addEvidence(a, EvidenceKind::Licence, QStringLiteral("licence.pdf"), pdf + "licence");
        m_db->addEvidence(b, EvidenceKind::ProcessRegister, QStringLiteral("register-b.pdf"), pdf + "b");
        auto pane = openPane(p().baseA1User);
        pane->queueView()->sortByColumn(QueueTableModel::Name, Qt::DescendingOrder); // 甲一 (U+7532) after 乙二 (U+4E59)
        QCOMPARE(pane->queueModel()->visibleRow(0).registrationId, a);
        EvidenceViewer *viewer = pane->evidenceViewer();
        QVERIFY(viewer);
        QCOMPARE(viewer->registrationId(), 0);

        pane->queueView()->setCurrentIndex(pane->queueModel()->index(0, 0));
        QTRY_COMPARE(viewer->registrationId(), a);
        QCOMPARE(viewer->fileModel()->fileCount(), 2);
        QVERIFY(viewer->fileModel()->rowCount() > 2); // the missing photo is listed too

        // The arrow key moves to the next registrant and its files follow, without a click.
        pane->show();
        pane->queueView()->setFocus();
        QTest::keyClick(pane->queueView(), Qt::Key_Down);
        QCOMPARE(pane->queueView()->currentIndex().row(), 1);
        QTRY_COMPARE(viewer->registrationId(), b);
        QCOMPARE(viewer->fileModel()->fileCount(), 1);
        QVERIFY(!viewer->hasFocus());

        pane->queueView()->setCurrentIndex({});
        QTRY_COMPARE(viewer->registrationId(), 0);
    }

    void baseUploadsEvidenceForTheCurrentRow()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"甲一"));
        auto pane = openPane(p().baseA1User);
        QVERIFY(pane->uploadEvidenceButton());
        QVERIFY(!pane->uploadEvidenceButton()->isEnabled()); // no current row yet
        QVERIFY(!pane->uploadEvidence());
        pane->queueView()->setCurrentIndex(pane->queueModel()->index(0, 0));
        QTRY_COMPARE(pane->evidenceViewer()->registrationId(), a);
        QVERIFY(pane->uploadEvidenceButton()->isEnabled());
        QCOMPARE(pane->evidenceViewer()->fileModel()->fileCount(), 0);

        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("notes.pdf"));
        const QString good = dir.filePath(QStringLiteral("register.pdf"));
        for (const auto &[path, bytes] : {std::pair{bad, QByteArray("<html>not a scan</html>")}, std::pair{good, samplePdf(2)}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }

        QPointer<UploadEvidenceDialog> dialog = pane->uploadEvidence();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->kind(), QString(EvidenceKind::ProcessRegister)); // the first missing kind
        // A file that is not what it claims is refused, naming the file and the problem.
        dialog->setFilePath(bad);
        dialog->startUpload();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isUploading(), 20000);
        QVERIFY2(dialog->messageText().contains(QStringLiteral("notes.pdf")), qPrintable(dialog->messageText()));
        QVERIFY(dialog->messageText().contains(QStringLiteral("not one")));
        QCOMPARE(m_db->count(QStringLiteral("evidence")), 0);

        dialog->setFilePath(good);
        dialog->startUpload();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isUploading(), 20000);
        QVERIFY2(dialog->messageText().contains(QStringLiteral("register.pdf")), qPrintable(dialog->messageText()));
        QCOMPARE(m_db->count(QStringLiteral("evidence")), 1);
        // The viewer shows the new file without moving off the row.
        QTRY_COMPARE(pane->evidenceViewer()->fileModel()->fileCount(), 1);
        dialog->close();
        QTRY_VERIFY(!dialog);
    }

    void onlyBasesUpload()
    {
        m_db->addRegistration(p().baseA2, State::BasePassed);
        auto city = openPane(p().cityAUser);
        QVERIFY(!city->uploadEvidenceButton());
        city->queueView()->setCurrentIndex(city->queueModel()->index(0, 0));
        QVERIFY(!city->uploadEvidence());
    }

    void evidenceColumnAndFilter()
    {
        const qint64 complete = m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"全齐"));
        const qint64 partial = m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"缺照片"));
        m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"全无"));
        const QByteArray pdf = "%PDF-1.4\n%%EOF\n";
        for (const QLatin1String kind : {EvidenceKind::ProcessRegister, EvidenceKind::Licence, EvidenceKind::Photo,
                                         EvidenceKind::ReductionProof})
            m_db->addEvidence(complete, kind, QString(kind) + QStringLiteral(".pdf"), pdf + kind.latin1());
        m_db->addEvidence(partial, EvidenceKind::ProcessRegister, QStringLiteral("r.pdf"), pdf + "p");
        m_db->addEvidence(partial, EvidenceKind::Licence, QStringLiteral("l.pdf"), pdf + "l");
        auto pane = openPane(p().baseA1User);
        QueueTableModel *model = pane->queueModel();
        QCOMPARE(model->totalCount(), 3);

        auto evidenceText = [&](qint64 id) {
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->visibleRow(r).registrationId == id)
                    return model->index(r, QueueTableModel::Evidence).data().toString();
            return QString();
        };
        QCOMPARE(evidenceText(complete), QStringLiteral("Complete"));
        QVERIFY2(evidenceText(partial).startsWith(QStringLiteral("Missing: ")), qPrintable(evidenceText(partial)));
        QVERIFY(evidenceText(partial).contains(evidenceKindTitle(EvidenceKind::Photo)));
        QVERIFY(!evidenceText(partial).contains(evidenceKindTitle(EvidenceKind::Licence)));

        auto *combo = pane->filterBar()->findChild<QComboBox *>(QStringLiteral("filterEvidence"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(true));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->visibleRow(0).registrationId, complete);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 1 of 3"));
        combo->setCurrentIndex(combo->findData(false));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 2 of 3"));
        pane->filterBar()->clearFilters();
        QCOMPARE(model->rowCount(), 3);

        // Set from outside (the dashboard): the widgets follow and the rows with them.
        QueueFilter f;
        f.evidenceComplete = false;
        f.text = QStringLiteral(u"缺");
        pane->applyFilter(f);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->visibleRow(0).registrationId, partial);
        QCOMPARE(pane->filterBar()->filter().text, QStringLiteral(u"缺"));
        QCOMPARE(pane->filterBar()->filter().evidenceComplete, std::optional<bool>(false));
    }

    void exportShownRowsWritesExactlyThoseRows()
    {
        m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"张三"));
        m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"李五"));
        m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"张四"));
        m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"张六"));
        ScriptedPrompts *prompts = nullptr;
        auto pane = openPane(p().baseA1User, &prompts);
        pane->filterBar()->textEdit()->setText(QStringLiteral(u"张"));
        QTRY_COMPARE(pane->queueModel()->rowCount(), 3);
        pane->queueView()->sortByColumn(QueueTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 3 of 4"));
        QVERIFY2(pane->exportShownButton()->text().contains(QLatin1String("3")), qPrintable(pane->exportShownButton()->text()));
        QVERIFY(pane->exportShownButton()->toolTip().contains(QLatin1String("3")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shown.xlsx"));
        QCOMPARE(pane->exportShownRows(path), 3);
        QCOMPARE(prompts->infos.size(), 1);
        const SheetReadResult read = readXlsx(path);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.table.rows.size(), 4); // heading + the shown rows
        QCOMPARE(read.table.cell(0, 1).text, QStringLiteral(u"姓名"));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(read.table.cell(i + 1, 1).text, pane->queueModel()->visibleRow(i).name);
            QCOMPARE(read.table.cell(i + 1, 3).text, pane->queueModel()->visibleRow(i).idNumber);
        }
        QCOMPARE(read.table.cell(1, 1).text, QStringLiteral(u"张四")); // 四 U+56DB > 六 U+516D > 三 U+4E09
    }

    void filterNarrowsRowsAndCount()
    {
        m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"张三"));
        m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"张四"));
        const qint64 c = m_db->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"李五"));
        auto pane = openPane(p().baseA1User);
        QLineEdit *text = pane->filterBar()->textEdit();

        text->setText(QStringLiteral(u"张")); // keyClicks takes Latin-1 only
        QTRY_COMPARE(pane->queueModel()->rowCount(), 2);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 2 of 3"));

        text->clear();
        QTest::keyClicks(text, m_db->idNumberOf(c).left(17)); // typed key by key: one filter after the pause
        QTRY_COMPARE(pane->queueModel()->rowCount(), 1);
        QCOMPARE(pane->queueModel()->visibleRow(0).registrationId, c);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 1 of 3"));

        pane->filterBar()->clearFilters();
        QCOMPARE(pane->queueModel()->rowCount(), 3);

        // A pick list narrows at once.
        auto *specialty = pane->filterBar()->findChild<QComboBox *>(QStringLiteral("filterSpecialty"));
        QVERIFY(specialty);
        QCOMPARE(specialty->count(), 3); // "All" and the two specialties present (the fixture alternates)
        QCOMPARE(specialty->itemText(0), QStringLiteral("All specialties"));
        const int internal = specialty->findText(p().specialtyName);
        QVERIFY(internal > 0);
        specialty->setCurrentIndex(internal);
        int expected = 0;
        for (const QueueRow &r : pane->queueModel()->allRows())
            expected += r.specialty == p().specialtyName;
        QVERIFY(expected > 0 && expected < 3);
        QCOMPARE(pane->queueModel()->rowCount(), expected);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing %1 of 3").arg(expected));
        specialty->setCurrentIndex(0);
        QCOMPARE(pane->queueModel()->rowCount(), 3);
        auto *track = pane->filterBar()->findChild<QComboBox *>(QStringLiteral("filterTrack"));
        track->setCurrentIndex(2); // assistant GP: none in the fixture
        QCOMPARE(pane->queueModel()->rowCount(), 0);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 0 of 3"));
    }

    void moveToPendingAndBackPersists()
    {
        for (int i = 0; i < 4; ++i)
            m_db->addRegistration(p().baseA1, State::Submitted);
        auto pane = openPane(p().baseA1User);
        selectQueueRows(*pane, {0, 2});
        const QSet<qint64> chosen = idsOf(pane->queueModel()->visibleRows({0, 2}));
        QTest::keyClick(pane->queueView(), Qt::Key_Return); // Enter moves the selection across
        QCOMPARE(pane->queueModel()->rowCount(), 2);
        QCOMPARE(pane->pendingModel()->rowCount(), 2);
        QCOMPARE(idsOf(pane->pendingModel()->allRows()), chosen);
        QVERIFY((idsOf(pane->queueModel()->allRows()) & chosen).isEmpty()); // in exactly one list
        pane->waitForSaved();
        QCOMPARE(pendingIds(m_db->db(), p().baseA1User.id), chosen);
        QCOMPARE(pane->filterBar()->countText(), QStringLiteral("Showing 2 of 2"));
        auto *pendingCount = pane->findChild<QLabel *>(QStringLiteral("pendingCount"));
        QCOMPARE(pendingCount->text(), QStringLiteral("Pending: 2"));

        // A new pane for the same user restores the batch.
        {
            auto again = openPane(p().baseA1User);
            QCOMPARE(idsOf(again->pendingModel()->allRows()), chosen);
            QCOMPARE(again->queueModel()->totalCount(), 2);
        }

        // Back again: Delete on the pending list, then "Remove all".
        pane->pendingView()->selectRow(0);
        QTest::keyClick(pane->pendingView(), Qt::Key_Delete);
        QCOMPARE(pane->pendingModel()->rowCount(), 1);
        QCOMPARE(pane->queueModel()->rowCount(), 3);
        pane->waitForSaved();
        QCOMPARE(pendingIds(m_db->db(), p().baseA1User.id).size(), 1);
        pane->removeAllFromPending();
        QCOMPARE(pane->queueModel()->rowCount(), 4);
        pane->waitForSaved();
        QVERIFY(pendingIds(m_db->db(), p().baseA1User.id).isEmpty());

        // "Add all shown" takes what the filter shows, nothing else.
        pane->filterBar()->textEdit()->setText(m_db->idNumberOf(pane->queueModel()->allRows().at(0).registrationId));
        QTRY_COMPARE(pane->queueModel()->rowCount(), 1);
        pane->addAllShown();
        QCOMPARE(pane->pendingModel()->rowCount(), 1);
        QCOMPARE(pane->queueModel()->totalCount(), 3);
    }

    void pendingRowsThatLeftTheQueueAreDropped()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 b = m_db->addRegistration(p().baseA1, State::Submitted);
        PendingStore(m_db->db(), p().baseA1User.id).add({{a, 1}, {b, 1}});
        execSql(m_db->db(), QStringLiteral("UPDATE registrations SET state = 'cancelled', version = version + 1 "
                                           "WHERE id = ?"), {b});
        auto pane = openPane(p().baseA1User);
        QCOMPARE(idsOf(pane->pendingModel()->allRows()), (QSet<qint64>{a}));
        QVERIFY(pane->lastNote().contains(QStringLiteral("1 rows were dropped")));
        QCOMPARE(pendingIds(m_db->db(), p().baseA1User.id), (QSet<qint64>{a}));
    }

    void passAppliesThroughTheManifest()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 b = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 c = m_db->addRegistration(p().baseA1, State::Submitted);
        ScriptedPrompts *prompts = nullptr;
        auto pane = openPane(p().baseA1User, &prompts);
        selectQueueRows(*pane, {0, 1});
        const QSet<qint64> chosen = idsOf(pane->queueModel()->visibleRows({0, 1}));
        pane->addSelectedToPending();
        prompts->choices = {ReviewPrompts::ManifestChoice::Apply};
        pane->decide(Action::Pass);

        QCOMPARE(prompts->reasonAsked, 0);
        QCOMPARE(prompts->manifests.size(), 1);
        QVERIFY(prompts->manifests.first().ok());
        QCOMPARE(prompts->manifests.first().rows.size(), 2);
        QCOMPARE(prompts->infos.size(), 1);
        QVERIFY2(prompts->infos.first().startsWith(QStringLiteral("2 registrations passed (batch action #")),
                 qPrintable(prompts->infos.first()));
        for (qint64 id : chosen) {
            QCOMPARE(m_db->stateOf(id), State::BasePassed);
            QCOMPARE(m_db->decisionsOf(id).size(), 1);
        }
        waitLoaded(*pane, 2);
        QCOMPARE(pane->pendingModel()->rowCount(), 0);
        QVERIFY(pendingIds(m_db->db(), p().baseA1User.id).isEmpty());
        QCOMPARE(pane->queueModel()->rowCount(), 1);
        pane->waitForSaved();
        QVERIFY(pendingIds(m_db->db(), p().baseA1User.id).isEmpty());
        const qint64 left = pane->queueModel()->visibleRow(0).registrationId;
        QVERIFY(!chosen.contains(left));
        QVERIFY(QSet<qint64>({a, b, c}).contains(left));
        QCOMPARE(m_db->stateOf(left), State::Submitted);
    }

    void rejectNeedsAReason()
    {
        ReasonDialog dialog(Action::Reject, nullptr);
        QVERIFY(!dialog.okEnabled());
        dialog.setReason(QStringLiteral("   "));
        QVERIFY(!dialog.okEnabled());
        dialog.setReason(QStringLiteral(u"过程考核不合格"));
        QVERIFY(dialog.okEnabled());

        // Through the pane: cancelling the reason changes nothing; a reason is recorded per row.
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        ScriptedPrompts *prompts = nullptr;
        auto pane = openPane(p().baseA1User, &prompts);
        pane->addAllShown();
        prompts->reason = std::nullopt;
        pane->decide(Action::Reject);
        QCOMPARE(prompts->reasonAsked, 1);
        QVERIFY(prompts->manifests.isEmpty());
        QCOMPARE(m_db->stateOf(a), State::Submitted);

        prompts->reason = QStringLiteral(u"过程考核不合格");
        prompts->choices = {ReviewPrompts::ManifestChoice::Apply};
        pane->decide(Action::Reject);
        QCOMPARE(m_db->stateOf(a), State::Rejected);
        const QList<DecisionRecord> decisions = m_db->decisionsOf(a);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.first().reason, QStringLiteral(u"过程考核不合格"));
        QVERIFY(prompts->infos.last().contains(QStringLiteral("rejected")));
    }

    void staleRowIsFlaggedAndNothingApplied()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        const qint64 b = m_db->addRegistration(p().baseA1, State::Submitted);
        ScriptedPrompts *prompts = nullptr;
        auto pane = openPane(p().baseA1User, &prompts);
        pane->addAllShown();
        // Someone else changes b behind the pane's back.
        execSql(m_db->db(), QStringLiteral("UPDATE registrations SET version = version + 1 WHERE id = ?"), {b});
        const int decisionsBefore = m_db->count(QStringLiteral("decisions"));

        prompts->choices = {ReviewPrompts::ManifestChoice::Cancel};
        pane->decide(Action::Pass);
        QCOMPARE(prompts->manifests.size(), 1);
        const BatchCheck check = prompts->manifests.first();
        QVERIFY(!check.ok());
        QCOMPARE(check.badRowCount(), 1);
        for (const ManifestRow &m : check.rows)
            QCOMPARE(m.problem, m.registrationId == b ? RowProblem::Changed : RowProblem::None);
        QCOMPARE(m_db->stateOf(a), State::Submitted);
        QCOMPARE(m_db->stateOf(b), State::Submitted);
        QCOMPARE(m_db->count(QStringLiteral("decisions")), decisionsBefore);
        QCOMPARE(pane->pendingModel()->rowCount(), 2);

        // The real manifest dialog will not apply it.
        ManifestDialog dialog(Action::Pass, check);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QVERIFY(dialog.removeProblemsButton()->isEnabled());
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("1 rows will be passed")), qPrintable(dialog.summaryText()));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("1 rows cannot take this action")));

        // Removing the problem rows sends b back to the queue; a is then applied alone.
        prompts->choices = {ReviewPrompts::ManifestChoice::RemoveProblemRows, ReviewPrompts::ManifestChoice::Apply};
        pane->decide(Action::Pass);
        QCOMPARE(prompts->manifests.size(), 3);
        QVERIFY(prompts->manifests.last().ok());
        QCOMPARE(m_db->stateOf(a), State::BasePassed);
        QCOMPARE(m_db->stateOf(b), State::Submitted);
        waitLoaded(*pane, 2);
        QCOMPARE(idsOf(pane->queueModel()->allRows()), (QSet<qint64>{b}));
        QCOMPARE(pane->pendingModel()->rowCount(), 0);
    }

    void realDialogsDriveADecision()
    {
        const qint64 a = m_db->addRegistration(p().baseA1, State::Submitted);
        auto pane = std::make_unique<ReviewPane>(m_db->session(p().baseA1User)); // the real prompts
        waitLoaded(*pane, 1);
        pane->addAllShown();

        // Each modal dialog is answered from a timer once it is showing.
        QStringList seen;
        bool okWasDisabled = false;
        std::function<void()> answer = [&] {
            QWidget *w = QApplication::activeModalWidget();
            if (!w) {
                QTimer::singleShot(20, pane.get(), answer);
                return;
            }
            if (auto *reason = qobject_cast<ReasonDialog *>(w)) {
                seen << QStringLiteral("reason");
                okWasDisabled = !reason->okEnabled();
                QTest::keyClicks(reason->findChild<QPlainTextEdit *>(QStringLiteral("reasonText")),
                                 QStringLiteral("missing scan"));
                QVERIFY(reason->okEnabled());
                reason->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            } else if (auto *manifest = qobject_cast<ManifestDialog *>(w)) {
                seen << QStringLiteral("manifest");
                QVERIFY(manifest->applyButton()->isEnabled());
                manifest->applyButton()->click();
            } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                seen << box->text();
                box->accept();
                return; // the last question
            }
            QTimer::singleShot(20, pane.get(), answer);
        };
        QTimer::singleShot(20, pane.get(), answer);
        pane->decide(Action::Return);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen.at(0), QStringLiteral("reason"));
        QVERIFY(okWasDisabled);
        QCOMPARE(seen.at(1), QStringLiteral("manifest"));
        QVERIFY(seen.at(2).startsWith(QStringLiteral("1 registrations returned for revision")));
        QCOMPARE(m_db->stateOf(a), State::Returned);
        QCOMPARE(m_db->decisionsOf(a).first().reason, QStringLiteral("missing scan"));
    }

    void modelPassesTheModelTester()
    {
        QueueTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVector<QueueRow> rows;
        for (int i = 0; i < 50; ++i) {
            QueueRow r;
            r.registrationId = i + 1;
            r.name = QStringLiteral("n%1").arg(i % 7);
            r.idNumber = TestDb::residentId(i);
            rows.append(r);
        }
        model.setRows(rows);
        model.sort(QueueTableModel::Name, Qt::DescendingOrder);
        QueueFilter f;
        f.text = QStringLiteral("n3");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 7);
        model.removeIds({11});
        const QVector<const QueueRow *> taken = model.takeIds({4});
        QCOMPARE(taken.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        model.appendRows(taken);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.totalCount(), 49);
        QCOMPARE(model.visibleRow(0).name, QStringLiteral("n3"));
    }

    void hundredThousandRowsStayResponsive()
    {
        QElapsedTimer t;
        t.start();
        m_db->addRegistrations(p().baseA1, State::Submitted, 100000);
        const qint64 setupMs = t.restart();
        auto pane = openPane(p().baseA1User);
        const qint64 loadMs = t.restart();
        pane->resize(1400, 900);
        pane->show();
        QCOMPARE(pane->queueModel()->totalCount(), 100000);

        t.restart();
        pane->filterBar()->textEdit()->setText(m_db->idNumberOf(pane->queueModel()->allRows().at(500).registrationId).left(16));
        QTRY_VERIFY(pane->queueModel()->rowCount() < 100000); // after the 150 ms pause
        t.restart();
        pane->queueModel()->setFilter(pane->filterBar()->filter()); // one keystroke's work, timed alone
        const qint64 filterMs = t.restart();
        pane->filterBar()->clearFilters();
        QCOMPARE(pane->queueModel()->rowCount(), 100000);

        t.restart();
        pane->queueView()->sortByColumn(QueueTableModel::Name, Qt::AscendingOrder);
        const qint64 sortMs = t.restart();
        QVERIFY(pane->queueModel()->visibleRow(0).name <= pane->queueModel()->visibleRow(1).name);
        pane->queueView()->sortByColumn(QueueTableModel::IdNumber, Qt::DescendingOrder);
        const qint64 sortIdMs = t.restart();
        QVERIFY(pane->queueModel()->visibleRow(0).idNumber >= pane->queueModel()->visibleRow(1).idNumber);

        t.restart();
        pane->queueView()->selectAll();
        pane->addSelectedToPending();
        const qint64 moveMs = t.restart();
        QCOMPARE(pane->queueModel()->rowCount(), 0);
        QCOMPARE(pane->pendingModel()->rowCount(), 100000);
        pane->waitForSaved();
        const qint64 saveMs = t.restart();
        QCOMPARE(PendingStore(m_db->db(), p().baseA1User.id).load().size(), 100000);
        pane->removeAllFromPending();
        const qint64 backMs = t.restart();
        QCOMPARE(pane->queueModel()->rowCount(), 100000);
        qInfo("100,000 rows: set-up %lld ms, load %lld ms, filter %lld ms, sort by name %lld ms, by ID %lld ms, "
              "select all + move %lld ms (saved in the background in %lld ms), remove all %lld ms",
              setupMs, loadMs, filterMs, sortMs, sortIdMs, moveMs, saveMs, backMs);
        // Goals are 50 / 300 / 300 ms (gmedesk-bench measures them). Here only a gross regression, ten
        // times the goal, fails: a busy CI machine must never turn noise into a red run.
        QVERIFY2(filterMs < 500, qPrintable(QString::number(filterMs)));
        QVERIFY2(sortMs < 3000, qPrintable(QString::number(sortMs)));
        QVERIFY2(moveMs < 3000, qPrintable(QString::number(moveMs)));
    }
};

QTEST_MAIN(TestReviewPane)
#include "tst_review_pane.moc"
