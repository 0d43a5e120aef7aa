#include "ProgramRun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// gmedesk-cli from the outside: exit statuses, messages on stderr, output on stdout.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = gme::test::ProgramRun;

    QTemporaryDir m_dir;

    static Run run(const QStringList &args) { return gme::test::runProgram(QStringLiteral(GMEDESK_CLI_PATH), args); }
    QString db(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void usageMistakes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString path = QStringLiteral("x.sqlite");
        QTest::newRow("no verb") << QStringList{QStringLiteral("--db"), path} << "No verb";
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("--db"), path, QStringLiteral("frobnicate")}
                                      << "Unknown verb 'frobnicate'";
        QTest::newRow("--db without a path") << QStringList{QStringLiteral("migrate"), QStringLiteral("--db")}
                                             << "--db";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--db"), path, QStringLiteral("--fast"),
                                                       QStringLiteral("migrate")}
                                        << "fast";
        QTest::newRow("bad trainees") << QStringList{QStringLiteral("--db"), path, QStringLiteral("demo"),
                                                     QStringLiteral("--trainees"), QStringLiteral("many")}
                                      << "--trainees needs a whole number";
        QTest::newRow("negative trainees") << QStringList{QStringLiteral("--db"), path, QStringLiteral("demo"),
                                                          QStringLiteral("--trainees"), QStringLiteral("-5")}
                                           << "--trainees needs a whole number";
        QTest::newRow("bad seed") << QStringList{QStringLiteral("--db"), path, QStringLiteral("demo"),
                                                 QStringLiteral("--trainees"), QStringLiteral("5"),
                                                 QStringLiteral("--seed"), QStringLiteral("1.5")}
                                  << "--seed needs a whole number";
        QTest::newRow("users without list") << QStringList{QStringLiteral("--db"), path, QStringLiteral("users")}
                                            << "'users' needs 'list', or one of 'add'";
        QTest::newRow("option of another verb") << QStringList{QStringLiteral("--db"), path, QStringLiteral("migrate"),
                                                               QStringLiteral("--json")}
                                                << "--json does not belong to 'migrate'";
    }

    void usageMistakes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QVERIFY2(r.exitCode != 0 && r.exitCode != -1, qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void helpExitsCleanly()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("demo --trainees N")));
    }

    void migrateCreatesTheSchema()
    {
        const QString path = db("migrate.sqlite");
        Run r = run({QStringLiteral("--db"), path, QStringLiteral("migrate")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("schema version")), qPrintable(r.out));
        r = run({QStringLiteral("--db"), path, QStringLiteral("migrate")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("up to date")), qPrintable(r.out));
        r = run({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
    }

    void usersListNeedsADatabase()
    {
        const QString path = db("missing.sqlite");
        const Run r = run({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("migrate")), qPrintable(r.err));
        QVERIFY(!QFile::exists(path)); // looking did not create an empty database
    }

    void demoThenUsers()
    {
        const QString path = db("demo.sqlite");
        Run r = run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--trainees"),
                     QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Demo province created")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("trainees 300")));
        QVERIFY(r.out.contains(QLatin1String("submitted")));
        QVERIFY(r.out.contains(QLatin1String("final_passed")));
        QVERIFY2(r.err.contains(QLatin1String("300 / 300")), qPrintable(r.err)); // progress

        // A second demo into the same database is refused, and changes nothing.
        r = run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--trainees"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already has organisations")), qPrintable(r.err));

        r = run({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue &v : users)
            byName.insert(v[QLatin1String("username")].toString(), v.toObject());
        const QList<std::pair<const char *, const char *>> expected{
            {"province", "provincial"}, {"guangzhou", "municipal"}, {"school", "municipal"},
            {"base1", "base"}, {"gpbase1", "base"}, {"admin", "sysadmin"}, {"city-4401", "municipal"}};
        for (const auto &[name, role] : expected) {
            QVERIFY2(byName.contains(QString::fromLatin1(name)), name);
            QCOMPARE(byName[QString::fromLatin1(name)][QLatin1String("role")].toString(), QString::fromLatin1(role));
        }
        QCOMPARE(byName[QStringLiteral("base1")][QLatin1String("org")].toString(), QStringLiteral(u"广州市第一人民医院"));
        QCOMPARE(byName[QStringLiteral("guangzhou")][QLatin1String("org")].toString(), QStringLiteral(u"广州市"));
        QCOMPARE(byName[QStringLiteral("guangzhou")][QLatin1String("orgCode")].toString(), QStringLiteral("4401"));
        QVERIFY(!byName[QStringLiteral("province")][QLatin1String("displayName")].toString().isEmpty());
        QVERIFY(users.size() > 150);

        r = run({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("base1")));
        QVERIFY(r.out.contains(QStringLiteral(u"广州市第一人民医院")));
    }

    // Export a base's registrants, import the file back as the same base: nothing changes.
    void exportThenImportRoster()
    {
        const QString path = db("roster.sqlite");
        Run r = run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--trainees"),
                     QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString sheet = db("base1.xlsx");
        r = run({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("registrants"),
                 QStringLiteral("--as"), QStringLiteral("base1"), QStringLiteral("-o"), sheet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(sheet));

        r = run({QStringLiteral("--db"), path, QStringLiteral("import-roster"), sheet, QStringLiteral("--as"),
                 QStringLiteral("base1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o[QLatin1String("rows_read")].toInt() > 0);
        QCOMPARE(o[QLatin1String("imported")].toInt(), o[QLatin1String("rows_read")].toInt());
        QCOMPARE(o[QLatin1String("unchanged")].toInt(), o[QLatin1String("rows_read")].toInt());
        QCOMPARE(o[QLatin1String("rejected")].toArray().size(), 0);

        // Another base may not import base1's trainees: every row is refused, exit status says so.
        r = run({QStringLiteral("--db"), path, QStringLiteral("import-roster"), sheet, QStringLiteral("--as"),
                 QStringLiteral("gpbase1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject refused = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(refused[QLatin1String("imported")].toInt(), 0);
        const QJsonObject first = refused[QLatin1String("rejected")].toArray().first().toObject();
        QVERIFY(first[QLatin1String("row")].toInt() > 2);
        QVERIFY(!first[QLatin1String("column")].toString().isEmpty());
        QVERIFY(!first[QLatin1String("message")].toString().isEmpty());
    }

    // The training-years sheet: export as a base, import it back unchanged; another base is refused.
    void exportThenImportTrainingYears()
    {
        const QString path = db("years.sqlite");
        Run r = run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--trainees"),
                     QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString sheet = db("years.xlsx");
        r = run({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("training-years"),
                 QStringLiteral("--as"), QStringLiteral("base1"), QStringLiteral("-o"), sheet});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(sheet));
        r = run({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("training-years"),
                 QStringLiteral("--as"), QStringLiteral("base1"), QStringLiteral("--batch"), QStringLiteral("1"),
                 QStringLiteral("-o"), sheet});
        QCOMPARE(r.exitCode, 2); // training years belong to no exam batch

        r = run({QStringLiteral("--db"), path, QStringLiteral("import-training-years"), sheet, QStringLiteral("--as"),
                 QStringLiteral("base1"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o[QLatin1String("rows_read")].toInt() > 0);
        QCOMPARE(o[QLatin1String("unchanged")].toInt(), o[QLatin1String("rows_read")].toInt());
        QCOMPARE(o[QLatin1String("updated")].toInt(), 0);

        const QString report = db("years-report.xlsx");
        r = run({QStringLiteral("--db"), path, QStringLiteral("import-training-years"), sheet, QStringLiteral("--as"),
                 QStringLiteral("gpbase1"), QStringLiteral("--report"), report, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("imported")].toInt(), 0);
        const QJsonObject first = o[QLatin1String("rejected")].toArray().first().toObject();
        QCOMPARE(first[QLatin1String("row")].toInt(), 3); // title, header, then the first trainee
        QCOMPARE(first[QLatin1String("column")].toString(), QStringLiteral("证件号码"));
        QVERIFY(QFile::exists(report));
    }

    // Trainees' answers from a sheet: results locked for 12 hours are answered, the others refused
    // with the reason; all or nothing unless --valid-only; a second run records nothing new.
    void importAcceptance()
    {
        const QString path = db("acceptance.sqlite");
        // Seed 2 gives base1 results sent both more and less than 12 hours ago.
        Run r = run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--trainees"),
                     QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList lines{QStringLiteral("证件号码,姓名,是否接受录取")};
        int locked = 0, open = 0;
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("acceptance"));
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT a.id_number, a.name, a.sent_at FROM applications a "
                                          "JOIN users u ON u.org_id = a.base_id WHERE u.username = 'base1' "
                                          "AND a.state = 'sent' ORDER BY a.id")));
            const QDateTime now = QDateTime::currentDateTime();
            while (q.next()) {
                const QDateTime locks = QDateTime::fromString(q.value(2).toString(), Qt::ISODate).addSecs(12 * 3600);
                if (qAbs(now.secsTo(locks)) < 600)
                    continue; // too close to the lock to tell which side the CLI will see
                (locks <= now ? locked : open) += 1;
                lines.append(q.value(0).toString() + QLatin1Char(',') + q.value(1).toString() + QStringLiteral(",接受"));
            }
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("acceptance"));
        QVERIFY2(locked > 0 && open > 0, qPrintable(QStringLiteral("%1 locked, %2 open").arg(locked).arg(open)));
        const QString csv = db("answers.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(lines.join(QLatin1Char('\n')).toUtf8() + "\n");
        f.close();

        r = run({QStringLiteral("--db"), path, QStringLiteral("import-acceptance"), csv, QStringLiteral("--as"),
                 QStringLiteral("base1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // some rows are refused: nothing recorded
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("recorded")].toInt(), 0);
        QCOMPARE(o[QLatin1String("rejected")].toArray().size(), open);
        const QJsonObject first = o[QLatin1String("rejected")].toArray().first().toObject();
        QCOMPARE(first[QLatin1String("column")].toString(), QStringLiteral("是否接受录取"));
        QVERIFY(first[QLatin1String("message")].toString().contains(QStringLiteral("until")));

        r = run({QStringLiteral("--db"), path, QStringLiteral("import-acceptance"), csv, QStringLiteral("--as"),
                 QStringLiteral("base1"), QStringLiteral("--valid-only"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("rows_read")].toInt(), locked + open);
        QCOMPARE(o[QLatin1String("recorded")].toInt(), locked);

        r = run({QStringLiteral("--db"), path, QStringLiteral("import-acceptance"), csv, QStringLiteral("--as"),
                 QStringLiteral("base1"), QStringLiteral("--valid-only")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 answers recorded, %1 already recorded").arg(locked)), qPrintable(r.out));

        // Another base's user sees none of these applicants.
        r = run({QStringLiteral("--db"), path, QStringLiteral("import-acceptance"), csv, QStringLiteral("--as"),
                 QStringLiteral("gpbase1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("rejected")].toArray().size(), locked + open);
        QCOMPARE(o[QLatin1String("rejected")].toArray().first().toObject()[QLatin1String("column")].toString(),
                 QStringLiteral("证件号码"));
    }

    // import-roster with 培训年限: the new trainee's years and end are stored with the row; a
    // trainee whose reduction was applied is refused with the reason instead of being overwritten.
    void importRosterSetsTrainingYears()
    {
        const QString path = db("rosteryears.sqlite");
        Run r = run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--trainees"),
                     QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList reduced; // name, id, person type, specialty, base, start, years, end
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rosteryears"));
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY(q.exec(QStringLiteral("SELECT t.name, t.id_number, t.person_type, s.name, b.name, t.training_start, "
                                          "t.training_years, t.training_end FROM reduction_requests rr "
                                          "JOIN trainees t ON t.id = rr.trainee_id JOIN specialties s ON s.code = t.specialty_code "
                                          "JOIN orgs b ON b.id = t.base_id WHERE rr.applied_at IS NOT NULL "
                                          "AND t.track = 'resident' ORDER BY t.id LIMIT 1")));
            QVERIFY(q.next());
            for (int i = 0; i < 8; ++i)
                reduced.append(q.value(i).toString());
            q.finish();
            sql.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("rosteryears"));
        const QDate start = QDate::fromString(reduced.at(5), Qt::ISODate);
        const QString csv = db("rosteryears.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString newId = QStringLiteral("110105199301010020");
        f.write(QStringLiteral("姓名,身份证号,人员类型,报考专业,培训基地,培训开始时间,培训结束时间,培训年限\n"
                               "%1,%2,%3,%4,%5,%6,%7,3\n"
                               "新学员,%8,面向社会招收,%4,%5,2023-09-01,,3\n")
                    .arg(reduced.at(0), reduced.at(1), reduced.at(2), reduced.at(3), reduced.at(4), reduced.at(5),
                         start.addYears(3).addDays(-1).toString(Qt::ISODate), newId)
                    .toUtf8());
        f.close();

        r = run({QStringLiteral("--db"), path, QStringLiteral("import-roster"), csv, QStringLiteral("--as"),
                 QStringLiteral("province"), QStringLiteral("--valid-only"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("inserted")].toInt(), 1);
        const QJsonArray rejected = o[QLatin1String("rejected")].toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().toObject()[QLatin1String("row")].toInt(), 2);
        QCOMPARE(rejected.first().toObject()[QLatin1String("column")].toString(), QStringLiteral("培训年限"));
        QVERIFY(rejected.first().toObject()[QLatin1String("message")].toString().contains(QStringLiteral("reduction")));

        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rosteryears2"));
        sql.setDatabaseName(path);
        QVERIFY(sql.open());
        auto yearsOf = [&](const QString &id) {
            QSqlQuery q(sql);
            q.prepare(QStringLiteral("SELECT training_years || ' ' || training_end FROM trainees WHERE id_number = ?"));
            q.addBindValue(id);
            q.exec();
            return q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(yearsOf(newId), QStringLiteral("3 2026-08-31"));
        QCOMPARE(yearsOf(reduced.at(1)), reduced.at(6) + QLatin1Char(' ') + reduced.at(7)); // the reduction stands
        sql.close();
        sql = {};
        QSqlDatabase::removeDatabase(QStringLiteral("rosteryears2"));
    }

    void importNamesEveryBadRow()
    {
        const QString path = db("roster.sqlite"); // from exportThenImportRoster
        const QString csv = db("new.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // GB18030, as Chinese Excel saves CSV; row 3 has a wrong check digit.
        QStringEncoder gb("GB18030");
        f.write(gb.encode(QStringLiteral("姓名,身份证号,人员类型,培训专业\r\n"
                                         "新学员,11010519491231002X,面向社会招收,内科\r\n"
                                         "错号码,110105194912310021,面向社会招收,内科\r\n")));
        f.close();
        Run r = run({QStringLiteral("--db"), path, QStringLiteral("import-roster"), csv, QStringLiteral("--as"),
                     QStringLiteral("base1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // all or nothing by default
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("rows_read")].toInt(), 2);
        QCOMPARE(o[QLatin1String("imported")].toInt(), 0);
        const QJsonObject bad = o[QLatin1String("rejected")].toArray().first().toObject();
        QCOMPARE(bad[QLatin1String("row")].toInt(), 3);
        QCOMPARE(bad[QLatin1String("column")].toString(), QStringLiteral("身份证号"));

        const QString report = db("report.xlsx");
        r = run({QStringLiteral("--db"), path, QStringLiteral("import-roster"), csv, QStringLiteral("--as"),
                 QStringLiteral("base1"), QStringLiteral("--valid-only"), QStringLiteral("--report"), report,
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("imported")].toInt(), 1);
        QVERIFY(QFile::exists(report));
    }

    // Teachers from a sheet as base1, twice (the second time changes nothing); department heads.
    void importTeachersAndDepartmentHeads()
    {
        const QString path = db("teachers.sqlite");
        Run r = run({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--trainees"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString csv = db("teachers.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("姓名,身份证号,科室,职称,取得主治医师时间,年度考核\r\n"
                               "导入老师,11010519491231002X,内科,主治医师,2015-03-01,2025 合格\r\n"
                               "错号老师,110105194912310021,内科,主治医师,2015-03-01,\r\n").toUtf8());
        f.close();
        r = run({QStringLiteral("--db"), path, QStringLiteral("import-teachers"), csv, QStringLiteral("--as"),
                 QStringLiteral("base1"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // all or nothing by default
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QLatin1String("rows_read")].toInt(), 2);
        const QJsonObject bad = o[QLatin1String("rejected")].toArray().first().toObject();
        QCOMPARE(bad[QLatin1String("row")].toInt(), 3);
        QCOMPARE(bad[QLatin1String("column")].toString(), QStringLiteral("身份证号"));
        for (int pass = 0; pass < 2; ++pass) {
            r = run({QStringLiteral("--db"), path, QStringLiteral("import-teachers"), csv, QStringLiteral("--as"),
                     QStringLiteral("base1"), QStringLiteral("--valid-only"), QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(o[QLatin1String("inserted")].toInt(), pass == 0 ? 1 : 0);
            QCOMPARE(o[QLatin1String("unchanged")].toInt(), pass == 0 ? 0 : 1);
        }

        r = run({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("erke"),
                 QStringLiteral("--role"), QStringLiteral("department"), QStringLiteral("--scope"), QStringLiteral("B440101"),
                 QStringLiteral("--password-stdin")});
        QCOMPARE(r.exitCode, 2); // a department head needs --department
        r = run({QStringLiteral("--db"), path, QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
        int heads = 0;
        for (const QJsonValue &v : users)
            if (v[QLatin1String("role")].toString() == QLatin1String("department")) {
                ++heads;
                QVERIFY(!v[QLatin1String("department")].toString().isEmpty());
            }
        QCOMPARE(heads, 2); // the demo's base1-neike and base1-waike
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
