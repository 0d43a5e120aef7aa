// A roster import corrects a trainee's details but never changes what only an approved change
// request (变更申请) changes: person type, sending unit, specialty, base. Such a row is a problem
// of that row and column, in both import modes; after the request is approved the file agrees.
#include "SheetCells.h"
#include "TestSupport.h"
#include "changes/ChangeRequestService.h"
#include "changes/ChangeWorkflow.h"
#include "import/RosterImport.h"
#include "review/ReviewEngine.h"

#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

struct Row
{
    QString name, id, personType, specialty, base, unit, phone;
};

// Header on the first row; data rows are sheet rows 2, 3, ...
SheetTable sheet(const QList<Row> &rows)
{
    SheetTable t;
    QVector<SheetCell> header;
    for (const char16_t *h : {u"姓名", u"身份证号", u"人员类型", u"报考专业", u"培训基地", u"派出单位", u"联系电话"})
        header.append(textCell(QString::fromUtf16(h)));
    t.rows.append(header);
    for (const Row &r : rows) {
        QVector<SheetCell> cells;
        for (const QString &c : {r.name, r.id, r.personType, r.specialty, r.base, r.unit, r.phone})
            cells.append(textCell(c));
        t.rows.append(cells);
    }
    return t;
}

const QString kSocial = QStringLiteral(u"面向社会招收");
const QString kOwnStaff = QStringLiteral(u"本单位住院医师");

} // namespace

class TestRosterProtectedFields : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDb> m_t;
    qint64 m_unit = 0, m_otherUnit = 0;
    const Province &p() const { return m_t->p(); }

    QString orgName(qint64 id) const
    {
        return scalar(m_t->db(), QStringLiteral("SELECT name FROM orgs WHERE id = ?"), {id}).toString();
    }
    qint64 addOrg(const QString &code, const QString &name)
    {
        return scalar(m_t->db(), QStringLiteral("INSERT INTO orgs (code, name, kind, parent_id) VALUES (?, ?, 'unit', ?) RETURNING id"),
                      {code, name, p().cityA}).toLongLong();
    }
    // A trainee on record at base A1: person type 面向社会招收, the fixture's specialty, unit m_unit.
    qint64 addTrainee()
    {
        const qint64 reg = m_t->addRegistration(p().baseA1, State::Submitted);
        const qint64 trainee = scalar(m_t->db(), QStringLiteral("SELECT trainee_id FROM registrations WHERE id = ?"), {reg}).toLongLong();
        const int year = m_t->clock().now().date().year();
        execSql(m_t->db(), QStringLiteral("UPDATE trainees SET person_type = ?, specialty_code = ?, unit_id = ?, phone = NULL, "
                                          "training_start = ?, training_end = ? WHERE id = ?"),
                {kSocial, p().specialtyCode, m_unit, QStringLiteral("%1-09-01").arg(year),
                 QStringLiteral("%1-08-31").arg(year + 3), trainee});
        return trainee;
    }
    QString value(const char *column, qint64 trainee) const
    {
        return scalar(m_t->db(), QStringLiteral("SELECT %1 FROM trainees WHERE id = ?").arg(QLatin1String(column)), {trainee}).toString();
    }
    QString idOf(qint64 trainee) const { return value("id_number", trainee); }
    // The row of the file that repeats everything the record says, with a new phone number.
    Row sameAsRecord(qint64 trainee, const QString &phone = QStringLiteral("13800000001")) const
    {
        return Row{value("name", trainee), idOf(trainee), kSocial, p().specialtyName, orgName(p().baseA1), QStringLiteral(u"甲医院"), phone};
    }
    ImportPlan plan(const SheetTable &table) const
    {
        return RosterImporter(m_t->db(), p().provincialUser).plan(table, *detectRosterHeader(table), QStringLiteral("roster.xlsx"));
    }
    ImportOutcome commit(const ImportPlan &plan, RosterImporter::Mode mode) const
    {
        return RosterImporter(m_t->db(), p().provincialUser).commit(plan, mode);
    }
    const ImportIssue *issueOn(const ImportPlan &plan, int row) const
    {
        for (const ImportIssue &i : plan.issues)
            if (i.row == row)
                return &i;
        return nullptr;
    }
    // Files a specialty change at base A1 and has city A approve it through the engine.
    void approveSpecialtyChange(qint64 trainee)
    {
        QString error;
        const changes::ChangeForm form{trainee, changes::ChangeKind::Specialty, p().otherSpecialtyCode,
                                       QStringLiteral(u"转专业"), {}, {}};
        const qint64 request = changes::ChangeRequestService(m_t->db(), p().baseA1User, m_t->clock()).file(form, &error);
        QVERIFY2(request > 0, qPrintable(error));
        BatchRequest r;
        r.customAction = changes::kApprove;
        r.rows = {{request, 1}};
        const BatchResult result = ReviewEngine(m_t->db(), p().cityAUser, changes::workflow(), m_t->clock()).apply(r);
        QVERIFY(result.applied);
    }

private slots:
    void init()
    {
        m_t = std::make_unique<TestDb>();
        Clock::install(&m_t->clock());
        m_unit = addOrg(QStringLiteral("U1"), QStringLiteral(u"甲医院"));
        m_otherUnit = addOrg(QStringLiteral("U2"), QStringLiteral(u"乙医院"));
    }
    void cleanup()
    {
        Clock::install(nullptr);
        m_t.reset();
    }

    void rowsChangingAChangeRequestFieldAreProblemsNamingTheColumn()
    {
        const qint64 specialty = addTrainee(), personType = addTrainee(), base = addTrainee(), unit = addTrainee(),
                     same = addTrainee();
        Row r1 = sameAsRecord(specialty);
        r1.specialty = p().otherSpecialtyName;
        Row r2 = sameAsRecord(personType);
        r2.personType = kOwnStaff;
        Row r3 = sameAsRecord(base);
        r3.base = orgName(p().baseA2);
        Row r4 = sameAsRecord(unit);
        r4.unit = QStringLiteral(u"乙医院");
        const Row r5 = sameAsRecord(same, QStringLiteral("13800000005"));
        const Row r6{QStringLiteral(u"新学员"), TestDb::residentId(7001), kOwnStaff, p().otherSpecialtyName,
                     orgName(p().baseA2), QString(), QStringLiteral("13800000006")};
        const ImportPlan plan = this->plan(sheet({r1, r2, r3, r4, r5, r6}));

        QCOMPARE(plan.rejectedRows, (QList<int>{2, 3, 4, 5}));
        const struct { int row; const char16_t *column; } expected[] = {
            {2, u"报考专业"}, {3, u"人员类型"}, {4, u"培训基地"}, {5, u"派出单位"}};
        for (const auto &e : expected) {
            const ImportIssue *issue = issueOn(plan, e.row);
            QVERIFY2(issue, qPrintable(QString::number(e.row)));
            QCOMPARE(issue->column, QString::fromUtf16(e.column));
            QVERIFY2(issue->message.contains(QLatin1String("change request")), qPrintable(issue->message));
        }
        QVERIFY(issueOn(plan, 2)->message.contains(p().specialtyName)); // what the record says
        QCOMPARE(plan.valid.size(), 2);

        // All or nothing: nothing at all.
        const ImportOutcome refused = commit(plan, RosterImporter::Mode::AllOrNothing);
        QVERIFY(!refused.ok);
        QCOMPARE(value("phone", same), QString());

        // Only valid rows: the unchanged trainee's phone and the new trainee; the others stay as recorded.
        const ImportOutcome out = commit(plan, RosterImporter::Mode::ValidRowsOnly);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.updated, 1);
        QCOMPARE(out.inserted, 1);
        QCOMPARE(value("phone", same), QStringLiteral("13800000005"));
        QCOMPARE(value("specialty_code", specialty), p().specialtyCode);
        QCOMPARE(value("phone", specialty), QString());
        QCOMPARE(value("person_type", personType), kSocial);
        QCOMPARE(value("base_id", base).toLongLong(), p().baseA1);
        QCOMPARE(value("unit_id", unit).toLongLong(), m_unit);
        const qint64 added = scalar(m_t->db(), QStringLiteral("SELECT id FROM trainees WHERE id_number = ?"), {r6.id}).toLongLong();
        QCOMPARE(value("person_type", added), kOwnStaff);
        QCOMPARE(value("specialty_code", added), p().otherSpecialtyCode);
        QCOMPARE(value("base_id", added).toLongLong(), p().baseA2);
    }

    void anApprovedChangeRequestChangesTheValueAndTheFileThenAgrees()
    {
        const qint64 trainee = addTrainee();
        Row moved = sameAsRecord(trainee);
        moved.specialty = p().otherSpecialtyName;
        QCOMPARE(plan(sheet({moved})).rejectedRows, (QList<int>{2}));

        approveSpecialtyChange(trainee);
        QCOMPARE(value("specialty_code", trainee), p().otherSpecialtyCode);
        const ImportPlan again = plan(sheet({moved}));
        QVERIFY2(again.issues.isEmpty(), qPrintable(again.issues.value(0).message));
        QVERIFY(commit(again, RosterImporter::Mode::AllOrNothing).ok);
        QCOMPARE(value("specialty_code", trainee), p().otherSpecialtyCode);
        QCOMPARE(value("phone", trainee), QStringLiteral("13800000001"));
    }

    void aChangeApprovedBetweenPlanAndCommitIsNotUndone()
    {
        const qint64 trainee = addTrainee();
        const ImportPlan planned = plan(sheet({sameAsRecord(trainee)})); // the old specialty, valid then
        QVERIFY(planned.issues.isEmpty());
        approveSpecialtyChange(trainee);
        const ImportOutcome out = commit(planned, RosterImporter::Mode::AllOrNothing);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(value("specialty_code", trainee), p().otherSpecialtyCode);
        QCOMPARE(value("phone", trainee), QStringLiteral("13800000001"));
    }

    void theUnitCanBeNamedByCodeOrLeftEmpty()
    {
        const qint64 byCode = addTrainee(), empty = addTrainee();
        Row a = sameAsRecord(byCode);
        a.unit = QStringLiteral("U1");
        Row b = sameAsRecord(empty);
        b.unit.clear();
        const ImportPlan planned = plan(sheet({a, b}));
        QVERIFY2(planned.issues.isEmpty(), qPrintable(planned.issues.value(0).message));
    }
};

QTEST_GUILESS_MAIN(TestRosterProtectedFields)
#include "tst_roster_protected_fields.moc"
