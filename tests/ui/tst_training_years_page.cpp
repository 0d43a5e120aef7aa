// The training-years page: the list in the user's reach, filter, export of the shown rows, the
// sheet import dialog and the reduction request dialog, offscreen.
#include "TestSupport.h"

#include "common/DbPool.h"
#include "common/Session.h"
#include "import/RosterImport.h"
#include "evidence/EvidenceViewer.h"
#include "flows/FlowPrompts.h"
#include "flows/FlowTableModel.h"
#include "years/ReductionPane.h"
#include "years/ReductionRequestDialog.h"
#include "years/ReductionRequests.h"
#include "years/ReductionReview.h"
#include "years/TrainingYearsImportDialog.h"
#include "years/TrainingYearsModel.h"
#include "years/TrainingYearsPage.h"
#include "years/TrainingYearsRepository.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

// A real one-page PDF, so the proof viewer renders it.
QByteArray onePagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(72);
        QPainter p(&pdf);
        p.drawText(QPointF(72, 72), QStringLiteral("reduction proof"));
    }
    return bytes;
}

// Answers without dialogs.
class QuietPrompts : public FlowPrompts
{
public:
    std::optional<QString> askReason(QWidget *, const QString &) override { return QStringLiteral(u"材料不全"); }
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
    void inform(QWidget *, const QString &, const QString &) override {}
    void warn(QWidget *, const QString &, const QString &text) override { warnings.append(text); }
    QStringList warnings;
};

} // namespace

class TestTrainingYearsPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDb> m_db;
    const Province &p() const { return m_db->p(); }

    Session session(const User &user)
    {
        Session s;
        s.database = &m_db->database();
        s.user = user;
        s.clock = &m_db->clock();
        return s;
    }
    qint64 addTrainee(qint64 base, const QString &name, const QString &track = QStringLiteral("resident"), int years = 3)
    {
        const qint64 reg = m_db->addRegistration(base, State::Submitted, name);
        const qint64 id = scalar(m_db->db(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {reg}).toLongLong();
        execSql(m_db->db(), QStringLiteral("UPDATE trainees SET track = ?, training_years = ?, training_start = '2022-09-01', "
                                           "training_end = ? WHERE id = ?"),
                {track, years, QDate(2022, 9, 1).addYears(years).addDays(-1).toString(Qt::ISODate), id});
        return id;
    }
    static bool waitLoaded(TrainingYearsPage &page, int loads)
    {
        return QTest::qWaitFor([&] { return page.loadCount() >= loads; }, 10000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("gmedesk-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_training_years_page"));
    }
    void init() { m_db = std::make_unique<TestDb>(); }
    void cleanup()
    {
        closeWorkerConnection(m_db->database());
        m_db.reset();
    }

    void listsOwnTraineesFiltersAndExportsWhatIsShown()
    {
        addTrainee(p().baseA1, QStringLiteral("张三"));
        addTrainee(p().baseA1, QStringLiteral("李四"));
        addTrainee(p().baseB1, QStringLiteral("外基地"));
        TrainingYearsPage page(session(p().baseA1User));
        auto *model = page.findChild<TrainingYearsModel *>();
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QVERIFY(waitLoaded(page, 1));
        QCOMPARE(page.visibleCount(), 2); // base B1's trainee is not in reach
        // Years sort as numbers and dates as dates, not as their text.
        QCOMPARE(model->index(0, TrainingYearsModel::Years).data(TrainingYearsModel::SortRole).toInt(), 3);
        QCOMPARE(model->index(0, TrainingYearsModel::End).data(TrainingYearsModel::SortRole).toDate(), QDate(2025, 8, 31));
        page.setFilterText(QStringLiteral("李四"));
        QCOMPARE(page.visibleCount(), 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shown.xlsx"));
        QCOMPARE(page.exportShownRows(path), 1);
        const SheetReadResult read = readRosterFile(path);
        QVERIFY(read.ok);
        QCOMPARE(read.table.rows.size(), 3); // title, header, the one shown row
        QCOMPARE(read.table.cell(2, 3).text, QStringLiteral("李四"));
    }

    void importDialogShowsProblemsAndWritesValidRows()
    {
        const qint64 a = addTrainee(p().baseA1, QStringLiteral("张三"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("years.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("姓名,身份证号,培训年限,培训开始时间,培训结束时间\n"
                               "张三,%1,3,2021-09-01,2024-08-31\n"
                               "无此人,%2,3,2021-09-01,2024-08-31\n").arg(TestDb::residentId(1), TestDb::residentId(77)).toUtf8());
        f.close();
        TrainingYearsImportDialog dialog(session(p().baseA1User));
        QVERIFY(dialog.loadFile(path));
        QCOMPARE(dialog.plan().rowsRead, 2);
        QCOMPARE(dialog.plan().rejectedRows, QList<int>{3});
        auto *issues = dialog.findChild<QTableWidget *>(QStringLiteral("yearsIssues"));
        QVERIFY(issues);
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
        QVERIFY(!dialog.commit()); // all or nothing by default
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT training_start FROM trainees WHERE id = ?"), {a}).toString(),
                 QStringLiteral("2022-09-01"));
        dialog.setValidOnly(true);
        QSignalSpy imported(&dialog, &TrainingYearsImportDialog::imported);
        QVERIFY(dialog.commit());
        QCOMPARE(imported.count(), 1);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT training_start FROM trainees WHERE id = ?"), {a}).toString(),
                 QStringLiteral("2021-09-01"));
        QVERIFY(dialog.saveReport(dir.filePath(QStringLiteral("report.xlsx"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("report.xlsx"))));
    }

    void reductionDialogFilesWithPdfAndShowsRefusals()
    {
        addTrainee(p().baseA1, QStringLiteral("张三"));
        addTrainee(p().baseA1, QStringLiteral("全科"), QStringLiteral("assistant_gp"), 2);
        const QVector<TrainingYearsRow> rows = loadTrainingYears(m_db->db(), p().baseA1User);
        QCOMPARE(rows.size(), 2);
        const TrainingYearsRow &resident = rows[0].track == Track::Resident ? rows[0] : rows[1];
        const TrainingYearsRow &gp = rows[0].track == Track::Resident ? rows[1] : rows[0];
        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(QStringLiteral("proof.pdf"));
        const QString fakePath = dir.filePath(QStringLiteral("fake.pdf"));
        QFile pdf(pdfPath), fake(fakePath);
        QVERIFY(pdf.open(QIODevice::WriteOnly) && fake.open(QIODevice::WriteOnly));
        pdf.write("%PDF-1.4\n% proof\n" + QByteArray(500, 'x') + "\n%%EOF\n");
        fake.write("PK\x03\x04 this is a zip, not a pdf");
        pdf.close();
        fake.close();

        ReductionRequestDialog refused(session(p().baseA1User), gp);
        refused.setReason(QStringLiteral("理由"));
        QVERIFY(refused.setProofFile(pdfPath));
        QVERIFY(!refused.submit());
        QVERIFY(refused.messageText().contains(QStringLiteral("assistant")));

        ReductionRequestDialog notPdf(session(p().baseA1User), resident);
        notPdf.setReason(QStringLiteral("理由"));
        QVERIFY(notPdf.setProofFile(fakePath));
        QVERIFY(!notPdf.submit());
        QVERIFY(notPdf.messageText().contains(QStringLiteral("PDF")));

        ReductionRequestDialog ok(session(p().baseA1User), resident);
        ok.setReason(QStringLiteral("已在外院完成一年培训"));
        ok.setYears(2);
        QVERIFY(ok.setProofFile(pdfPath));
        QVERIFY2(ok.submit(), qPrintable(ok.messageText()));
        QCOMPARE(m_db->count(QStringLiteral("reduction_requests")), 1);

        TrainingYearsPage page(session(p().baseA1User));
        page.show();
        QVERIFY(waitLoaded(page, 1));
        page.setFilterText(QStringLiteral("张三"));
        const QModelIndex reduction = page.view()->model()->index(0, 9);
        QVERIFY(!reduction.data().toString().isEmpty()); // the pending request shows in the list
    }

    // The same review pane as every workflow: base, city and province pass in turn, the proof is
    // shown beside the queue, and the trainee's years change only after the province.
    void reductionPaneReviewsThroughTheChain()
    {
        const qint64 trainee = addTrainee(p().baseA1, QStringLiteral("张三"));
        const ReductionFiled filed = ReductionRequests(m_db->db(), p().baseA1User, m_db->clock())
                                         .file(trainee, 2, QStringLiteral("已在外院完成一年培训"), onePagePdf(),
                                               QStringLiteral("证明.pdf"));
        QVERIFY2(filed.ok(), qPrintable(filed.message()));
        auto years = [&] {
            return scalar(m_db->db(), QStringLiteral("SELECT training_years FROM trainees WHERE id = ?"), {trainee}).toInt();
        };
        for (const User &reviewer : {p().baseA1User, p().cityAUser, p().provincialUser}) {
            QCOMPARE(years(), 3);
            ReductionPane pane(session(reviewer));
            pane.setPrompts(std::make_unique<QuietPrompts>());
            pane.show();
            pane.reload();
            QTRY_COMPARE(pane.queueModel()->rowCount(), 1);
            pane.queueView()->setCurrentIndex(pane.queueView()->model()->index(0, 0));
            QTRY_COMPARE(pane.proofViewer()->mode(), EvidenceViewer::Mode::Pdf);
            QVERIFY(pane.queueView()->isColumnHidden(pane.queueModel()->columnOf(QStringLiteral("proof_sha"))));
            pane.addAllShown();
            QCOMPARE(pane.pendingModel()->rowCount(), 1);
            pane.decide(QStringLiteral("pass"));
            QTRY_COMPARE(pane.pendingModel()->rowCount(), 0);
            QTRY_COMPARE(pane.queueModel()->rowCount(), 0);
        }
        QCOMPARE(years(), 2);
        QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT training_end FROM trainees WHERE id = ?"), {trainee}).toString(),
                 QStringLiteral("2024-08-31"));
    }

    // A returned request: the base selects it among the decided items and resubmits it with a new proof.
    void baseResubmitsAReturnedRequest()
    {
        const qint64 trainee = addTrainee(p().baseA1, QStringLiteral("张三"));
        ReductionRequests base(m_db->db(), p().baseA1User, m_db->clock());
        const qint64 id = base.file(trainee, 2, QStringLiteral("理由"), onePagePdf(), QStringLiteral("a.pdf")).requestId;
        BatchRequest ret;
        ret.action = Action::Return;
        ret.reason = QStringLiteral(u"缺少医院证明");
        ret.rows.append({id, 1});
        QVERIFY(ReductionReview(m_db->db(), p().baseA1User, m_db->clock()).apply(ret).applied);

        QTemporaryDir dir;
        const QString newProof = dir.filePath(QStringLiteral("hospital.pdf"));
        QFile f(newProof);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(onePagePdf());
        f.close();
        ReductionPane pane(session(p().baseA1User));
        pane.setPrompts(std::make_unique<QuietPrompts>());
        pane.show();
        pane.showAllBox()->setChecked(true);
        QTRY_COMPARE(pane.queueModel()->rowCount(), 1);
        pane.queueView()->setCurrentIndex(pane.queueView()->model()->index(0, 0));
        auto *resubmit = pane.findChild<QPushButton *>(QStringLiteral("resubmitReduction"));
        QVERIFY(resubmit);
        QTRY_VERIFY(resubmit->isEnabled());
        QVERIFY(pane.resubmitCurrent(newProof));
        const auto row = base.request(id);
        QCOMPARE(row->state, State::Submitted);
        QCOMPARE(row->proofFileName, QStringLiteral("hospital.pdf"));
    }
};

QTEST_MAIN(TestTrainingYearsPage)
#include "tst_training_years_page.moc"
