// gmedesk-cli's import and export verbs against a central PostgreSQL 15 (PgFixture), run as
// a user would: `--db postgresql://LOGIN@HOST:PORT/DB`, the password in PGPASSWORD. The server's
// row-level security decides what each login sees; the files must hold exactly that.
#include "PgFixture.h"
#include "ProgramRun.h"
#include "TestSupport.h"

#include "demo/DemoProvince.h"
#include "import/RosterColumns.h"
#include "import/RosterImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <memory>

using namespace gme;
using namespace gme::test;

class TestPgCli : public QObject
{
    Q_OBJECT
    std::unique_ptr<PgFixture> m_fx; // server (schema left to the CLI), owner, demo users' own sessions
    QTemporaryDir m_dir;
    qint64 m_latestBatch = 0;

    using Run = ProgramRun;

    Run cli(const QString &login, const QString &password, const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        return runProgram(QStringLiteral(GMEDESK_CLI_PATH), QStringList{QStringLiteral("--db"), m_fx->server().url(login)} + args, env,
                          240000);
    }
    Run asDemoUser(const QString &login, const QStringList &args) const { return cli(login, m_fx->passwordOf(login), args); }

    // Registrations of `batch` as `login` sees them through its own connection (row-level security).
    int visibleTo(const QString &login, qint64 batch, const QString &state = QString())
    {
        return scalar(m_fx->as(login), QStringLiteral("SELECT count(*) FROM registrations WHERE batch_id = ? AND (? = '' OR state = ?)"),
                      {batch, state.isNull() ? QStringLiteral("") : state, state}).toInt();
    }

    QSqlDatabase owner() const { return m_fx->owner(); }

    // The trainees an exported file lists: data rows below the header with an ID number, read
    // back with the app's own reader.
    static int listedTrainees(const QString &path)
    {
        const SheetReadResult read = readRosterFile(path);
        if (!read.ok)
            return -1;
        const std::optional<ColumnMapping> mapping = detectRosterHeader(read.table);
        if (!mapping || !mapping->has(RosterField::IdNumber))
            return -2;
        const int idColumn = mapping->columnOf.value(RosterField::IdNumber);
        int n = 0;
        for (int row = mapping->headerRow + 1; row < read.table.rows.size(); ++row)
            if (!read.table.cell(row, idColumn).isEmpty())
                ++n;
        return n;
    }

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fx = std::make_unique<PgFixture>(QStringLiteral("cli-"), PgFixture::samePassword(QString::fromLatin1(kDemoPassword)));
        QVERIFY2(m_fx->start(PgFixture::Schema::Empty), qPrintable(m_fx->error()));
        // The owner creates the schema and the demo province through the CLI too.
        const Run demo = cli(QString::fromLatin1(PgServer::Owner), m_fx->server().ownerPassword(),
                             {QStringLiteral("demo"), QStringLiteral("--trainees"), QStringLiteral("300"),
                              QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err + demo.out));
        // The batch export picks without --batch: the newest with registrations.
        m_latestBatch = scalar(owner(), QStringLiteral("SELECT e.id FROM exam_batches e WHERE EXISTS (SELECT 1 FROM registrations r "
                                                       "WHERE r.batch_id = e.id) ORDER BY e.year DESC, e.id DESC LIMIT 1")).toLongLong();
        QVERIFY(m_latestBatch > 0);
    }

    void exportsHoldExactlyWhatTheLoginSees()
    {
        const int all = visibleTo(QStringLiteral("province"), m_latestBatch);
        QCOMPARE(all, scalar(owner(), QStringLiteral("SELECT count(*) FROM registrations WHERE batch_id = ?"), {m_latestBatch}).toInt());
        QVERIFY(all > 0);

        Run r = asDemoUser(QStringLiteral("province"), {QStringLiteral("export"), QStringLiteral("registrants"),
                                                        QStringLiteral("--as"), QStringLiteral("province"),
                                                        QStringLiteral("-o"), file("province.xlsx")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("%1 rows written").arg(all)), qPrintable(r.out));
        QCOMPARE(listedTrainees(file("province.xlsx")), all);

        // The national roster: the final-passed registrants of a batch that has some.
        const qint64 finished = scalar(owner(), QStringLiteral("SELECT batch_id FROM registrations WHERE state = 'final_passed' "
                                                               "GROUP BY batch_id ORDER BY count(*) DESC LIMIT 1")).toLongLong();
        QVERIFY(finished > 0);
        const int passed = visibleTo(QStringLiteral("province"), finished, QStringLiteral("final_passed"));
        r = asDemoUser(QStringLiteral("province"), {QStringLiteral("export"), QStringLiteral("national-roster"),
                                                    QStringLiteral("--as"), QStringLiteral("province"), QStringLiteral("--batch"),
                                                    QString::number(finished), QStringLiteral("-o"), file("national.xlsx")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(listedTrainees(file("national.xlsx")), passed);

        // A city sees its own bases only, and so does its file.
        const int city = visibleTo(QStringLiteral("guangzhou"), m_latestBatch);
        QVERIFY(city > 0 && city < all);
        r = asDemoUser(QStringLiteral("guangzhou"), {QStringLiteral("export"), QStringLiteral("registrants"),
                                                     QStringLiteral("--as"), QStringLiteral("guangzhou"), QStringLiteral("--batch"),
                                                     QString::number(m_latestBatch), QStringLiteral("-o"), file("city.xlsx")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QCOMPARE(listedTrainees(file("city.xlsx")), city);
        // The national roster is the province's alone.
        r = asDemoUser(QStringLiteral("guangzhou"), {QStringLiteral("export"), QStringLiteral("national-roster"),
                                                     QStringLiteral("--as"), QStringLiteral("guangzhou"),
                                                     QStringLiteral("-o"), file("nope.xlsx")});
        QCOMPARE(r.exitCode, 1);
    }

    void aBaseImportsItsOwnRowsAndNoOneElses()
    {
        // base1's newest batch (resident physicians; the newest batch overall may be another track).
        const qint64 batch = scalar(owner(), QStringLiteral(
            "SELECT e.id FROM exam_batches e WHERE EXISTS (SELECT 1 FROM registrations r JOIN users u ON u.org_id = r.base_id "
            "WHERE r.batch_id = e.id AND u.username = 'base1') ORDER BY e.year DESC, e.id DESC LIMIT 1")).toLongLong();
        QVERIFY(batch > 0);
        // base1's own file back in: every row read, none changed.
        Run r = asDemoUser(QStringLiteral("base1"), {QStringLiteral("export"), QStringLiteral("registrants"),
                                                     QStringLiteral("--as"), QStringLiteral("base1"), QStringLiteral("-o"),
                                                     file("base1.xlsx")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const int own = listedTrainees(file("base1.xlsx"));
        QCOMPARE(own, visibleTo(QStringLiteral("base1"), batch));
        QVERIFY(own > 0);
        r = asDemoUser(QStringLiteral("base1"), {QStringLiteral("import-roster"), file("base1.xlsx"), QStringLiteral("--as"),
                                                 QStringLiteral("base1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("rows_read")].toInt(), own);
        QCOMPARE(o[QLatin1String("unchanged")].toInt(), own);
        QCOMPARE(o[QLatin1String("rejected")].toArray().size(), 0);

        // The province's file, every base's rows, imported by base1: its own rows pass, the
        // others are refused and nothing of theirs is written.
        const QString trainees = QStringLiteral("SELECT count(*) || '/' || coalesce(max(id), 0) FROM trainees");
        const QString before = scalar(owner(), trainees).toString();
        r = asDemoUser(QStringLiteral("province"), {QStringLiteral("export"), QStringLiteral("registrants"),
                                                    QStringLiteral("--as"), QStringLiteral("province"), QStringLiteral("--batch"),
                                                    QString::number(batch), QStringLiteral("-o"), file("everyone.xlsx")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const int all = listedTrainees(file("everyone.xlsx"));
        QVERIFY(all > own);
        r = asDemoUser(QStringLiteral("base1"), {QStringLiteral("import-roster"), file("everyone.xlsx"), QStringLiteral("--as"),
                                                 QStringLiteral("base1"), QStringLiteral("--valid-only"), QStringLiteral("--json")});
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(!o.isEmpty(), qPrintable(r.err + r.out));
        QCOMPARE(o[QLatin1String("rows_read")].toInt(), all);
        QCOMPARE(o[QLatin1String("imported")].toInt(), own);
        QCOMPARE(o[QLatin1String("inserted")].toInt(), 0);
        // "rejected" lists problems; a row may have several (scope, and its years seen without the stored record).
        QSet<int> refusedRows;
        for (const QJsonValue &v : o[QLatin1String("rejected")].toArray())
            refusedRows.insert(v.toObject()[QLatin1String("row")].toInt());
        QCOMPARE(refusedRows.size(), all - own);
        QCOMPARE(scalar(owner(), trainees).toString(), before);

        // All or nothing (the default): nothing at all.
        r = asDemoUser(QStringLiteral("base1"), {QStringLiteral("import-roster"), file("everyone.xlsx"), QStringLiteral("--as"),
                                                 QStringLiteral("base1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[QLatin1String("imported")].toInt(), 0);

        // Acting as another login than the one connected is refused outright.
        r = asDemoUser(QStringLiteral("base1"), {QStringLiteral("import-roster"), file("base1.xlsx"), QStringLiteral("--as"),
                                                 QStringLiteral("gpbase1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("base1")), qPrintable(r.err));
    }

    void aUsersLoginNeverMigratesAnOlderServerIsRefusedWithWhatToDo()
    {
        const int top = scalar(owner(), QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
        const int below = scalar(owner(), QStringLiteral("SELECT max(version) FROM schema_version WHERE version < ?"), {top}).toInt();
        // The newest migration not (yet) on the server, as after updating only the desks.
        execSql(owner(), QStringLiteral("UPDATE schema_version SET version = -version WHERE version = ?"), {top});
        const Run r = asDemoUser(QStringLiteral("province"), {QStringLiteral("export"), QStringLiteral("registrants"),
                                                              QStringLiteral("--as"), QStringLiteral("province"),
                                                              QStringLiteral("-o"), file("old.xlsx")});
        const int after = scalar(owner(), QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
        execSql(owner(), QStringLiteral("UPDATE schema_version SET version = -version WHERE version = ?"), {-top});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("migrate")), qPrintable(r.err));
        QCOMPARE(after, below); // the login did not try to migrate
    }

    void cleanupTestCase() { m_fx.reset(); }
};

QTEST_GUILESS_MAIN(TestPgCli)
#include "tst_pg_cli.moc"
