// The recruitment and change-request pages on the generic workflow pane, offscreen: moving rows,
// actions with and without reasons, the send in groups of 20 with its countdown, refusals that
// name the rows, the report-in export, filing and deciding change requests.
#include "RecruitmentFixture.h"
#include "TestSupport.h"
#include "changes/ChangeWorkflow.h"
#include "common/DbPool.h"
#include "common/Session.h"
#include "flows/ApplicationDialog.h"
#include "flows/ChangeRequestDialog.h"
#include "flows/ChangeRequestsPage.h"
#include "flows/FlowTableModel.h"
#include "flows/RecruitmentPage.h"
#include "flows/AcceptanceImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

// Scripted answers: nothing blocks, and what was asked is kept.
class ScriptedPrompts : public FlowPrompts
{
public:
    QString reason = QStringLiteral(u"不符合招录条件");
    bool confirmAnswer = true;
    QStringList confirmed;
    QStringList warnings;
    QStringList infos;
    std::optional<QString> askReason(QWidget *, const QString &) override { return reason; }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        confirmed.append(text);
        return confirmAnswer;
    }
    void inform(QWidget *, const QString &, const QString &text) override { infos.append(text); }
    void warn(QWidget *, const QString &, const QString &text) override { warnings.append(text); }
};

} // namespace

class TestFlowPanes : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_t;
    std::unique_ptr<RecruitmentFixture> m_r;
    const Province &p() const { return m_t->p(); }
    Session session(const User &user)
    {
        Session s;
        s.database = &m_t->database();
        s.user = user;
        s.clock = &m_t->clock();
        return s;
    }
    // Selects the shown row of an application (the view may sort).
    void selectApplication(FlowPane &page, qint64 id)
    {
        const QString idNumber = scalar(m_t->db(), QStringLiteral("SELECT id_number FROM applications WHERE id = ?"), {id}).toString();
        QAbstractItemModel *shown = page.queueView()->model();
        for (int r = 0; r < shown->rowCount(); ++r)
            if (shown->index(r, 1).data().toString() == idNumber)
                page.queueView()->selectRow(r);
    }
    template <typename Page>
    ScriptedPrompts *script(Page &page)
    {
        auto prompts = std::make_unique<ScriptedPrompts>();
        ScriptedPrompts *raw = prompts.get();
        page.setPrompts(std::move(prompts));
        return raw;
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TestDb>();
        m_r = std::make_unique<RecruitmentFixture>(*m_t);
    }
    void cleanup()
    {
        closeWorkerConnection(m_t->database());
        m_r.reset();
        m_t.reset();
    }

    void baseMovesRowsAndPreAdmits()
    {
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("applied"), {p().specialtyCode, p().otherSpecialtyCode}, true);
        const qint64 b = m_r->addApplication(p().baseA1, QStringLiteral("applied"));
        m_r->addApplication(p().baseA2, QStringLiteral("applied")); // another base: never shown
        RecruitmentPage page(session(p().baseA1User));
        ScriptedPrompts *prompts = script(page);
        page.reload();
        QCOMPARE(page.queueModel()->rowCount(), 2);
        // choices and the obey-adjustment flag are shown
        const int choices = page.queueModel()->columnOf(QStringLiteral("choices"));
        QCOMPARE(page.queueModel()->index(0, choices).data().toString(), p().specialtyName + QStringLiteral(" / ") + p().otherSpecialtyName);
        QVERIFY(page.actionButton(QStringLiteral("pre_admit")));
        QVERIFY(page.actionButton(QStringLiteral("send")));
        QVERIFY(!page.actionButton(QStringLiteral("confirm"))); // municipal only

        page.decide(QStringLiteral("pre_admit"));
        QCOMPARE(prompts->infos.size(), 1); // empty pending batch
        selectApplication(page, a);
        page.addSelectedToPending();
        QCOMPARE(page.pendingModel()->rowCount(), 1);
        QCOMPARE(page.queueModel()->rowCount(), 1);
        page.actionButton(QStringLiteral("pre_admit"))->click();
        QCOMPARE(m_r->stateOf(a), QStringLiteral("pre_admitted"));
        QCOMPARE(page.pendingModel()->rowCount(), 0);
        QVERIFY(!page.lastNote().isEmpty());

        // not admitting asks for the reason
        page.reload();
        selectApplication(page, b);
        page.addSelectedToPending();
        page.decide(QStringLiteral("not_admit"));
        QCOMPARE(m_r->stateOf(b), QStringLiteral("not_admitted"));
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT reason FROM application_decisions WHERE application_id = ? "
                                                  "AND action = 'not_admit'"), {b}).toString(), prompts->reason);
    }

    void sendShowsTheGroupsAndCountsDown()
    {
        QList<qint64> ids;
        for (int i = 0; i < 25; ++i)
            ids.append(m_r->addApplication(p().baseA1, QStringLiteral("admitted")));
        RecruitmentPage page(session(p().baseA1User));
        ScriptedPrompts *prompts = script(page);
        page.reload();
        page.addAllShown();
        QCOMPARE(page.pendingModel()->rowCount(), 25);
        prompts->confirmAnswer = false; // the user sees the groups and cancels: nothing is sent
        page.decide(QStringLiteral("send"));
        QCOMPARE(page.lastSendGroups().size(), 2);
        QCOMPARE(page.lastSendGroups().at(0).size(), 20);
        QCOMPARE(page.lastSendGroups().at(1).size(), 5);
        QVERIFY(prompts->confirmed.last().contains(QStringLiteral("1–20")));
        QVERIFY(prompts->confirmed.last().contains(QStringLiteral("21–25")));
        QCOMPARE(m_r->stateOf(ids.first()), QStringLiteral("admitted"));

        prompts->confirmAnswer = true;
        page.decide(QStringLiteral("send"));
        for (qint64 id : ids)
            QCOMPARE(m_r->stateOf(id), QStringLiteral("sent"));
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT COUNT(DISTINCT send_action_id) FROM applications")).toInt(), 2);

        // The sent rows stay in the base's queue with a countdown that locks after 12 hours.
        QCOMPARE(page.queueModel()->rowCount(), 25);
        const int countdown = page.queueModel()->columnCount() - 1;
        QCOMPARE(page.queueModel()->index(0, countdown).data().toString(), page.changeWindowText(page.queueModel()->row(0)));
        QVERIFY(page.queueModel()->index(0, countdown).data().toString().contains(QStringLiteral("12")));
        m_t->clock().advanceSecs(11 * 3600 + 30 * 60);
        QVERIFY(page.changeWindowText(page.queueModel()->row(0)).contains(QStringLiteral("0 h 30")));
        m_t->clock().advanceSecs(30 * 60);
        const QString locked = page.changeWindowText(page.queueModel()->row(0));
        QVERIFY(!locked.isEmpty());
        QVERIFY(!locked.contains(QRegularExpression(QStringLiteral("\\d")))); // no time left to show

        // Locked: cancelling is refused and the refusal names the row.
        page.queueView()->selectRow(0);
        page.addSelectedToPending();
        page.decide(QStringLiteral("cancel_admission"));
        QCOMPARE(prompts->warnings.size(), 1);
        QVERIFY(prompts->warnings.first().contains(page.pendingModel()->row(0).name));
        QCOMPARE(m_r->stateOf(page.pendingModel()->row(0).id), QStringLiteral("sent"));
    }

    void quotaRefusalAndPlanShown()
    {
        m_r->setPlan(p().baseA1, p().specialtyCode, 1);
        m_r->addApplication(p().baseA1, QStringLiteral("pre_admitted"));
        m_r->addApplication(p().baseA1, QStringLiteral("pre_admitted"));
        RecruitmentPage page(session(p().baseA1User));
        ScriptedPrompts *prompts = script(page);
        page.reload();
        QVERIFY(page.planText().contains(QStringLiteral("0/1")));
        page.addAllShown();
        page.decide(QStringLiteral("admit"));
        QCOMPARE(prompts->warnings.size(), 1);
        QCOMPARE(page.pendingModel()->rowCount(), 2); // nothing applied, the batch stays
        page.clearPending();
        page.queueView()->selectRow(0);
        page.addSelectedToPending();
        page.decide(QStringLiteral("admit"));
        QVERIFY(page.planText().contains(QStringLiteral("1/1")));
    }

    void baseEntersAnApplication()
    {
        RecruitmentPage page(session(p().baseA1User));
        script(page);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("newApplication")));
        ApplicationDialog dialog({{p().specialtyCode, p().specialtyName}, {p().otherSpecialtyCode, p().otherSpecialtyName}});
        dialog.nameEdit()->setText(QStringLiteral(u"新考生"));
        dialog.idEdit()->setText(TestDb::residentId(777));
        dialog.choiceBox(1)->setCurrentIndex(dialog.choiceBox(1)->findData(p().otherSpecialtyCode));
        dialog.obeyBox()->setChecked(true);
        const recruit::ApplicationForm form = dialog.form(page.roundId(), p().baseA1);
        QCOMPARE(form.choices, (QStringList{p().specialtyCode, p().otherSpecialtyCode})); // the third left at "—"
        QCOMPARE(page.submitApplication(form), QString());
        QCOMPARE(page.queueModel()->rowCount(), 1);
        QCOMPARE(page.queueModel()->row(0).name, QStringLiteral(u"新考生"));
        QVERIFY(!page.submitApplication(form).isEmpty()); // the same person twice in one round
    }

    // The base imports its trainees' answers: the page's button opens the import, its report names
    // the refused row, and recording the valid rows moves them out of the queue.
    void baseImportsTraineesAnswers()
    {
        const QDateTime longAgo = m_t->clock().now().addDays(-2);
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("sent"), {}, false, longAgo);
        const qint64 b = m_r->addApplication(p().baseA1, QStringLiteral("sent"), {}, false, m_t->clock().now().addSecs(-600));
        RecruitmentPage page(session(p().baseA1User));
        script(page);
        page.reload();
        QCOMPARE(page.queueModel()->rowCount(), 2);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("importAcceptance"));
        QVERIFY(button);
        button->click();
        auto *dialog = page.findChild<AcceptanceImportDialog *>(QStringLiteral("acceptanceImportDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("answers.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        auto lineOf = [&](qint64 id, const char *answer) {
            const QString idNumber = scalar(m_t->db(), QStringLiteral("SELECT id_number FROM applications WHERE id = ?"), {id}).toString();
            const QString name = scalar(m_t->db(), QStringLiteral("SELECT name FROM applications WHERE id = ?"), {id}).toString();
            return QStringLiteral("%1,%2,%3,%4\n").arg(idNumber, name, p().specialtyName, QString::fromUtf8(answer));
        };
        f.write((QStringLiteral("证件号码,姓名,专业,是否接受录取\n") + lineOf(a, "接受") + lineOf(b, "放弃")).toUtf8());
        f.close();

        QVERIFY(dialog->loadFile(path));
        QCOMPARE(dialog->plan().valid.size(), 1);
        auto *issues = dialog->findChild<QTableWidget *>(QStringLiteral("acceptanceIssues"));
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("是否接受录取"));
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("acceptanceApply"));
        QVERIFY(!apply->isEnabled()); // all or nothing until the box is ticked
        dialog->setValidOnly(true);
        QVERIFY(apply->isEnabled());
        apply->click();
        QCOMPARE(m_r->stateOf(a), QStringLiteral("accepted"));
        QCOMPARE(m_r->stateOf(b), QStringLiteral("sent"));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("1")), qPrintable(dialog->statusText()));
        QCOMPARE(page.queueModel()->rowCount(), 1); // the page reloaded: a left the base's queue
    }

    void municipalConfirmsAndBaseExportsReportIn()
    {
        const qint64 a = m_r->addApplication(p().baseA1, QStringLiteral("accepted"));
        m_r->addApplication(p().baseB1, QStringLiteral("accepted")); // city B's
        {
            RecruitmentPage city(session(p().cityAUser));
            script(city);
            city.reload();
            QCOMPARE(city.queueModel()->rowCount(), 1);
            city.addAllShown();
            city.actionButton(QStringLiteral("confirm"))->click();
            QCOMPARE(m_r->stateOf(a), QStringLiteral("confirmed"));
        }
        RecruitmentPage base(session(p().baseA1User));
        script(base);
        base.reload();
        base.addAllShown();
        base.decide(QStringLiteral("report_in"));
        QCOMPARE(m_r->stateOf(a), QStringLiteral("reported"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("baodao.xlsx"));
        QCOMPARE(base.exportReportIn(path), 1);
        QVERIFY(QFile::exists(path));
    }

    void changeRequestsFiledThenDecided()
    {
        const qint64 reg = m_t->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"变更甲"));
        const qint64 trainee = scalar(m_t->db(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {reg}).toLongLong();
        execSql(m_t->db(), QStringLiteral("UPDATE trainees SET specialty_code = ? WHERE id = ?"), {p().specialtyCode, trainee});
        {
            ChangeRequestsPage base(session(p().baseA1User));
            script(base);
            QVERIFY(base.findChild<QPushButton *>(QStringLiteral("fileChangeRequest")));
            QVERIFY(!base.fileRequest(changes::ChangeForm{trainee, changes::ChangeKind::Specialty, p().otherSpecialtyCode,
                                                          QString(), {}, {}}).isEmpty()); // no reason
            QCOMPARE(base.fileRequest(changes::ChangeForm{trainee, changes::ChangeKind::Specialty, p().otherSpecialtyCode,
                                                          QStringLiteral(u"转专业"), {}, {}}),
                     QString());
            QCOMPARE(base.queueModel()->rowCount(), 1); // the base may still withdraw it
            QVERIFY(base.actionButton(QStringLiteral("cancel")));
            QVERIFY(!base.actionButton(QStringLiteral("approve")));
        }
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT specialty_code FROM trainees WHERE id = ?"), {trainee}).toString(),
                 p().specialtyCode);
        ChangeRequestsPage city(session(p().cityAUser));
        script(city);
        city.reload();
        QCOMPARE(city.queueModel()->rowCount(), 1);
        const int before = city.queueModel()->columnOf(QStringLiteral("before"));
        const int after = city.queueModel()->columnOf(QStringLiteral("after"));
        QCOMPARE(city.queueModel()->index(0, before).data().toString(), p().specialtyName);
        QCOMPARE(city.queueModel()->index(0, after).data().toString(), p().otherSpecialtyName);
        city.addAllShown();
        city.decide(QStringLiteral("approve"));
        QCOMPARE(scalar(m_t->db(), QStringLiteral("SELECT specialty_code FROM trainees WHERE id = ?"), {trainee}).toString(),
                 p().otherSpecialtyCode);
        QCOMPARE(city.queueModel()->rowCount(), 0);
        // The history: decided requests with before and after, and the decision log of the row.
        city.showAllBox()->setChecked(true);
        QCOMPARE(city.queueModel()->rowCount(), 1);
        QCOMPARE(city.queueModel()->index(0, 2).data().toString(), changes::workflow().stateName(QStringLiteral("approved")));
        city.queueView()->selectRow(0);
        QVERIFY(city.historyText().contains(changes::workflow().actionName(QStringLiteral("approve"))));
    }

    void changeRequestDialogOffersValuesPerKind()
    {
        m_t->addRegistration(p().baseA1, State::Submitted, QStringLiteral(u"对话框甲"));
        changes::ChangeRequestService service(m_t->db(), p().baseA1User, m_t->clock());
        ChangeRequestDialog dialog(service, m_t->clock().now().date());
        QCOMPARE(dialog.traineeBox()->count(), 1);
        QCOMPARE(dialog.kindBox()->count(), 5);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("status")));
        QCOMPARE(dialog.valueBox()->count(), 3);
        QVERIFY(dialog.startEdit()->isEnabled());
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("specialty")));
        QVERIFY(!dialog.startEdit()->isEnabled());
        QCOMPARE(dialog.valueBox()->count(), 2);
        dialog.valueBox()->setCurrentIndex(dialog.valueBox()->findData(p().otherSpecialtyCode));
        dialog.reasonEdit()->setPlainText(QStringLiteral(u"转专业"));
        const changes::ChangeForm f = dialog.form();
        QCOMPARE(f.newValue, p().otherSpecialtyCode);
        QCOMPARE(f.kind, changes::ChangeKind::Specialty);
    }
};

QTEST_MAIN(TestFlowPanes)
#include "tst_flow_panes.moc"
