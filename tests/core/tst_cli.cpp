#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// gmedesk-cli from the outside: exit statuses, messages on stderr, output on stdout.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;

    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GMEDESK_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
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
                                            << "'users' needs the sub-verb 'list'";
        QTest::newRow("option of another verb") << QStringList{QStringLiteral("--db"), path, QStringLiteral("migrate"),
                                                               QStringLiteral("--json")}
                                                << "--json belongs to 'users list'";
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
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
