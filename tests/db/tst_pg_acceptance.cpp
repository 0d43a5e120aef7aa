// The acceptance import on a real PostgreSQL 15, signed in as a demo base reviewer with its OWN
// login: the server's row-level security and privileges let the normal path through (answers of
// the base's own applicants recorded, with batch and decision log), and other bases' applicants
// stay invisible, so their rows are refused like unknown ID numbers.
#include "Clock.h"
#include "PgFixture.h"
#include "TestSupport.h"
#include "db/Database.h"
#include "demo/DemoProvince.h"
#include "recruitment/AcceptanceImport.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

namespace {

SheetTable sheet(const QList<QStringList> &rows)
{
    SheetTable t;
    for (const QStringList &r : rows) {
        QVector<SheetCell> cells;
        for (const QString &text : r)
            cells.append(SheetCell{SheetCell::Kind::Text, text, 0, {}});
        t.rows.append(cells);
    }
    return t;
}

} // namespace

class TestPgAcceptance : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server, owner migrated, the demo province
    FixedClock m_clock{QDateTime::currentDateTime()};

private slots:
    void initTestCase()
    {
        // Every demo user signs in with the demo password.
        m_fx = std::make_unique<PgFixture>(QStringLiteral("acceptance-"), PgFixture::samePassword(QString::fromLatin1(kDemoPassword)));
        QVERIFY2(m_fx->start(), qPrintable(m_fx->error()));
        QVERIFY(m_fx->schemaVersion() >= 15);
        DemoOptions options;
        options.trainees = 200;
        options.seed = 2; // base1 then has results sent more than 12 hours ago
        QVERIFY(createDemoProvince(m_fx->database(), options, m_clock));
    }

    void aBaseRecordsItsApplicantsAnswersOverItsOwnLogin()
    {
        const QSqlDatabase owner = m_fx->owner();
        User base1;
        base1.username = QStringLiteral("base1");
        base1.role = Role::Base;
        base1.id = scalar(owner, QStringLiteral("SELECT id FROM users WHERE username = 'base1'")).toLongLong();
        base1.orgId = scalar(owner, QStringLiteral("SELECT org_id FROM users WHERE username = 'base1'")).toLongLong();

        // Locked results of base1 (sent more than 12 hours before the clock) and one of another base.
        QList<QStringList> rows{{QStringLiteral("证件号码"), QStringLiteral("姓名"), QStringLiteral("是否接受录取")}};
        QList<qint64> answered;
        QSqlQuery q(owner);
        QVERIFY(q.prepare(QStringLiteral("SELECT id, id_number, name, base_id FROM applications WHERE state = 'sent' "
                                         "AND sent_at <= ? ORDER BY id")));
        q.addBindValue(toDbTime(m_clock.now().addSecs(-13 * 3600)));
        QVERIFY(q.exec());
        QString foreignId;
        while (q.next()) {
            if (q.value(3).toLongLong() == base1.orgId) {
                rows.append({q.value(1).toString(), q.value(2).toString(),
                             answered.size() % 2 ? QStringLiteral("放弃") : QStringLiteral("接受")});
                answered.append(q.value(0).toLongLong());
            } else if (foreignId.isEmpty()) {
                foreignId = q.value(1).toString();
                rows.append({foreignId, q.value(2).toString(), QStringLiteral("接受")});
            }
        }
        q.finish();
        QVERIFY2(!answered.isEmpty() && !foreignId.isEmpty(), "the demo has locked results at base1 and elsewhere");

        const std::unique_ptr<Database> own = m_fx->userDatabase(QStringLiteral("base1"));
        recruit::AcceptanceImporter importer(own->connection(), base1, m_clock);
        const SheetTable t = sheet(rows);
        const auto mapping = recruit::detectAcceptanceHeader(t);
        QVERIFY(mapping);
        const recruit::AcceptancePlan plan = importer.plan(t, *mapping, QStringLiteral("answers.xlsx"));
        QCOMPARE(plan.valid.size(), answered.size());
        QCOMPARE(plan.issues.size(), 1); // the other base's applicant: invisible through the server's policies
        QVERIFY(plan.issues.first().message.contains(QStringLiteral("None of your applicants")));

        const ImportOutcome out = importer.commit(plan, RosterImporter::Mode::ValidRowsOnly);
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(out.updated, int(answered.size()));
        for (int i = 0; i < answered.size(); ++i) {
            QCOMPARE(scalar(owner, QStringLiteral("SELECT state FROM applications WHERE id = ?"), {answered.at(i)}).toString(),
                     i % 2 ? QStringLiteral("declined") : QStringLiteral("accepted"));
            QCOMPARE(scalar(owner, QStringLiteral("SELECT user_id FROM application_decisions WHERE application_id = ? "
                                                  "AND action IN ('accept', 'decline')"), {answered.at(i)}).toLongLong(),
                     base1.id);
        }
        QCOMPARE(scalar(owner, QStringLiteral("SELECT state FROM applications WHERE id_number = ?"), {foreignId}).toString(),
                 QStringLiteral("sent"));

        // The same file again changes nothing.
        const recruit::AcceptancePlan again = importer.plan(t, *mapping, QStringLiteral("answers.xlsx"));
        QCOMPARE(again.valid.size(), 0);
        QCOMPARE(again.alreadyAnswered, int(answered.size()));

    }

    void cleanupTestCase()
    {
        m_fx.reset();
    }
};

QTEST_GUILESS_MAIN(TestPgAcceptance)
#include "tst_pg_acceptance.moc"
