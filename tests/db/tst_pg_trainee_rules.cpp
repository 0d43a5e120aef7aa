// Central mode: a trainee's person type, unit, specialty, base and training status change only
// through a change request (变更申请) approved in the same transaction (sql/postgres/020). Raw SQL
// goes over each user's OWN login to a real PostgreSQL 15; the legal path (filed by the base through
// ChangeRequestService, approved by the city through the review engine) must still work.
//
//   province P ── city CA ── bases A1, A2; units U1, U2      users: a1 (base A1), ca (municipal CA)
#include "Clock.h"
#include "PgFixture.h"
#include "TestSupport.h"
#include "auth/ScramVerifier.h"
#include "changes/ChangeRequestService.h"
#include "changes/ChangeWorkflow.h"
#include "import/RosterImport.h"
#include "review/ReviewEngine.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;
using namespace gme::changes;

namespace {

QString passwordOf(const QString &user) { return QStringLiteral("pw-") + user; }
const QString kSocial = QStringLiteral(u"面向社会招收");
const QString kOwnStaff = QStringLiteral(u"本单位住院医师");
const char kRefusal[] = "only through a change request";

} // namespace

class TestPgTraineeRules : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx;
    SystemClock m_clock;
    qint64 m_a1 = 0, m_a2 = 0, m_u1 = 0, m_u2 = 0;
    int m_next = 1;

    QSqlDatabase owner() const { return m_fx->owner(); }
    QSqlDatabase as(const QString &user) { return m_fx->as(user); }

    qint64 insertOrg(const QString &code, const QString &kind, qint64 parent)
    {
        return scalar(owner(), QStringLiteral("INSERT INTO orgs (code, name, kind, parent_id, track) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                      {code, QStringLiteral(u"机构") + code, kind, parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()),
                       kind == QLatin1String("base") ? QVariant(QStringLiteral("resident")) : QVariant(QMetaType::fromType<QString>())})
            .toLongLong();
    }
    User userNamed(const QString &name) const
    {
        QSqlQuery q(owner());
        q.prepare(QStringLiteral("SELECT id, display_name, role, org_id FROM users WHERE username = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            throw std::runtime_error("no user " + name.toStdString());
        return User{q.value(0).toLongLong(), name, q.value(1).toString(), *roleFromCode(q.value(2).toString()),
                    q.value(3).toLongLong(), QString()};
    }
    // A trainee of base A1 who started this year (so even the base may change), unit U1.
    qint64 addTrainee()
    {
        const int n = m_next++;
        const int year = m_clock.now().date().year();
        return scalar(owner(), QStringLiteral(
            "INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, unit_id, specialty_code, "
            "training_start, training_end, training_years) VALUES (?, ?, 'M', ?, 'resident', ?, ?, '0100', ?, ?, 3) RETURNING id"),
            {TestDb::residentId(3000 + n), QStringLiteral(u"学员%1").arg(n), kSocial, m_a1, m_u1,
             QStringLiteral("%1-09-01").arg(year), QStringLiteral("%1-08-31").arg(year + 3)}).toLongLong();
    }
    QString value(const QString &column, qint64 trainee) const
    {
        return scalar(owner(), QStringLiteral("SELECT %1 FROM trainees WHERE id = ?").arg(column), {trainee}).toString();
    }
    // Filed by a1 and approved by ca, each over their own login, as the app does it.
    void fileAndApprove(const ChangeForm &form)
    {
        QString error;
        const qint64 request = ChangeRequestService(as(QStringLiteral("a1")), userNamed(QStringLiteral("a1")), m_clock).file(form, &error);
        QVERIFY2(request > 0, qPrintable(error));
        ReviewEngine engine(as(QStringLiteral("ca")), userNamed(QStringLiteral("ca")), workflow(), m_clock);
        const BatchResult r = engine.apply(BatchRequest::of(kApprove, {BatchRow{request, 1}}));
        QVERIFY2(r.applied, qPrintable(r.check.rows.isEmpty() ? QStringLiteral("not applied") : r.check.rows.first().note));
        QCOMPARE(scalar(owner(), QStringLiteral("SELECT state FROM change_requests WHERE id = ?"), {request}).toString(), kApproved);
    }

private slots:
    void initTestCase()
    {
        m_fx = std::make_unique<PgFixture>(QStringLiteral("trainee-"), passwordOf);
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        QVERIFY(m_fx->schemaVersion() >= 20);
        const qint64 province = insertOrg(QStringLiteral("P"), QStringLiteral("province"), 0);
        const qint64 city = insertOrg(QStringLiteral("CA"), QStringLiteral("city"), province);
        m_a1 = insertOrg(QStringLiteral("A1"), QStringLiteral("base"), city);
        m_a2 = insertOrg(QStringLiteral("A2"), QStringLiteral("base"), city);
        m_u1 = insertOrg(QStringLiteral("U1"), QStringLiteral("unit"), city);
        m_u2 = insertOrg(QStringLiteral("U2"), QStringLiteral("unit"), city);
        execSql(owner(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0100', ?, 'resident'), ('0200', ?, 'resident')"),
                {QStringLiteral(u"内科"), QStringLiteral(u"儿科")});
        const struct { const char *name, *role, *org; } users[] = {{"a1", "base", "A1"}, {"ca", "municipal", "CA"}};
        for (const auto &u : users)
            execSql(owner(), QStringLiteral("SELECT gme_add_user(?, ?, ?, ?, ?)"),
                    {QString::fromLatin1(u.name), QString::fromLatin1(u.name), QString::fromLatin1(u.role),
                     QString::fromLatin1(u.org), scram::sha256Verifier(passwordOf(QString::fromLatin1(u.name)))});
    }

    void directUpdatesOfTheGuardedColumnsAreRefused()
    {
        const qint64 t = addTrainee();
        const QList<std::pair<QString, QVariant>> changes = {
            {QStringLiteral("person_type"), kOwnStaff}, {QStringLiteral("unit_id"), m_u2},
            {QStringLiteral("specialty_code"), QStringLiteral("0200")}, {QStringLiteral("base_id"), m_a2},
            {QStringLiteral("training_status"), QStringLiteral("withdrawn")},
            {QStringLiteral("status_since"), QStringLiteral("2026-01-01")}, {QStringLiteral("status_until"), QStringLiteral("2026-12-31")}};
        for (const QString &user : {QStringLiteral("a1"), QStringLiteral("ca")}) {
            for (const auto &[column, newValue] : changes) {
                const QString before = value(column, t);
                REFUSED(attempt(as(user), QStringLiteral("UPDATE trainees SET %1 = ? WHERE id = ?").arg(column), {newValue, t}), kRefusal);
                QCOMPARE(value(column, t), before);
            }
        }
    }

    void otherColumnsStayCorrectable()
    {
        const qint64 t = addTrainee();
        const Outcome o = attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE trainees SET phone = '13800000000', education = ? WHERE id = ?"),
                                  {QStringLiteral(u"本科"), t});
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(o.rows, 1);
        QCOMPARE(value(QStringLiteral("phone"), t), QStringLiteral("13800000000"));
        // Writing a guarded column with the value it already has changes nothing and passes.
        QVERIFY(attempt(as(QStringLiteral("a1")), QStringLiteral("UPDATE trainees SET specialty_code = '0100', phone = '13800000001' WHERE id = ?"),
                        {t}).ok);
    }

    void anApprovedRequestChangesEachKindOfColumn()
    {
        const qint64 t = addTrainee();
        fileAndApprove({t, ChangeKind::Specialty, QStringLiteral("0200"), QStringLiteral(u"转专业"), {}, {}});
        QCOMPARE(value(QStringLiteral("specialty_code"), t), QStringLiteral("0200"));
        fileAndApprove({t, ChangeKind::PersonType, kOwnStaff, QStringLiteral(u"入职本院"), {}, {}});
        QCOMPARE(value(QStringLiteral("person_type"), t), kOwnStaff);
        fileAndApprove({t, ChangeKind::Unit, QString::number(m_u2), QStringLiteral(u"调动"), {}, {}});
        QCOMPARE(value(QStringLiteral("unit_id"), t).toLongLong(), m_u2);
        const int year = m_clock.now().date().year();
        const QDate since(year, 10, 1), until(year + 4, 8, 31);
        fileAndApprove({t, ChangeKind::Status, kExtended, QStringLiteral(u"病假"), since, until});
        QCOMPARE(value(QStringLiteral("training_status"), t), kExtended);
        QCOMPARE(value(QStringLiteral("status_since"), t), since.toString(Qt::ISODate));
        QCOMPARE(value(QStringLiteral("status_until"), t), until.toString(Qt::ISODate));
        QCOMPARE(value(QStringLiteral("training_end"), t), until.toString(Qt::ISODate));
        fileAndApprove({t, ChangeKind::Base, QString::number(m_a2), QStringLiteral(u"转基地"), {}, {}});
        QCOMPARE(value(QStringLiteral("base_id"), t).toLongLong(), m_a2);
    }

    void anEarlierApprovalOpensNothingLater()
    {
        const qint64 t = addTrainee();
        fileAndApprove({t, ChangeKind::Specialty, QStringLiteral("0200"), QStringLiteral(u"转专业"), {}, {}});
        execSql(owner(), QStringLiteral("UPDATE trainees SET specialty_code = '0100' WHERE id = ?"), {t}); // a repair
        const qint64 request = scalar(owner(), QStringLiteral("SELECT id FROM change_requests WHERE trainee_id = ?"), {t}).toLongLong();
        // The approver, in a later transaction, cannot reapply the old approval by hand.
        REFUSED(attempt(as(QStringLiteral("ca")), QStringLiteral("UPDATE trainees SET specialty_code = '0200' WHERE id = ?"), {t}), kRefusal);
        // Nor can the approval mark be written or renewed by an application user.
        REFUSED(attempt(as(QStringLiteral("ca")), QStringLiteral("UPDATE change_requests SET approved_in_xact = pg_current_xact_id(), "
                                                              "version = version + 1 WHERE id = ?"), {request}),
                "approved_in_xact");
        QSqlDatabase a1 = as(QStringLiteral("a1"));
        QVERIFY(a1.transaction());
        const Outcome bump = attempt(a1, QStringLiteral("UPDATE change_requests SET version = version + 1 WHERE id = ?"), {request});
        const Outcome apply = attempt(a1, QStringLiteral("UPDATE trainees SET specialty_code = '0200' WHERE id = ?"), {t});
        a1.rollback();
        // 016 lets the version of an approved request go up (nothing else changes); that must not
        // count as approving it again, as a "row written in this transaction" test would.
        QVERIFY2(bump.ok, qPrintable(bump.error));
        QVERIFY2(!apply.ok && apply.error.contains(QLatin1String(kRefusal)), qPrintable(apply.error));
        QCOMPARE(value(QStringLiteral("specialty_code"), t), QStringLiteral("0100"));
    }

    void theOwnerIsNotBlocked()
    {
        const qint64 t = addTrainee();
        const Outcome o = attempt(owner(), QStringLiteral("UPDATE trainees SET specialty_code = '0200', base_id = ?, training_status = 'suspended' "
                                                          "WHERE id = ?"), {m_a2, t});
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(value(QStringLiteral("specialty_code"), t), QStringLiteral("0200"));
    }

    void theRosterImportStillCorrectsDetailsOverTheBasesLogin()
    {
        const qint64 t = addTrainee();
        SheetTable table;
        auto row = [](const QStringList &cells) {
            QVector<SheetCell> r;
            for (const QString &c : cells) {
                SheetCell cell;
                cell.kind = SheetCell::Kind::Text;
                cell.text = c;
                r.append(cell);
            }
            return r;
        };
        table.rows.append(row({QStringLiteral(u"姓名"), QStringLiteral(u"身份证号"), QStringLiteral(u"人员类型"),
                               QStringLiteral(u"报考专业"), QStringLiteral(u"联系电话")}));
        table.rows.append(row({value(QStringLiteral("name"), t), value(QStringLiteral("id_number"), t), kSocial,
                               QStringLiteral(u"内科"), QStringLiteral("13900000000")}));
        RosterImporter importer(as(QStringLiteral("a1")), userNamed(QStringLiteral("a1")));
        const ImportPlan plan = importer.plan(table, *detectRosterHeader(table), QStringLiteral("roster.xlsx"));
        QVERIFY2(plan.issues.isEmpty(), qPrintable(plan.issues.value(0).message));
        const ImportOutcome out = importer.commit(plan, RosterImporter::Mode::AllOrNothing);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.updated, 1);
        QCOMPARE(value(QStringLiteral("phone"), t), QStringLiteral("13900000000"));
    }

    void cleanupTestCase() { m_fx.reset(); }
};

QTEST_GUILESS_MAIN(TestPgTraineeRules)
#include "tst_pg_trainee_rules.moc"
