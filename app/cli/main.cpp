#include "CliRequest.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <functional>
#include <map>

using namespace gme::cli;

int main(int argc, char *argv[])
{
    // The demo draws Chinese text into its evidence PDFs, which needs fonts and so a
    // QGuiApplication; the offscreen platform gives one without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The GUI's names, so the default database is the one the GUI opens.
    QCoreApplication::setOrganizationName(QStringLiteral("gmedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("gmedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GMEDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CliIo io{out, err};

    QCommandLineParser parser;
    parser.setApplicationDescription(cliTr("Command-line verbs of gmedesk:\n"
                                           "  migrate                          bring the database schema up to date\n"
                                           "  demo --trainees N [--seed S]     create the demo province\n"
                                           "  users list [--json]              list the users\n"
                                           "  users add NAME --role ROLE --scope CODE [--department NAME] [--display-name TEXT]\n"
                                           "            [--password-stdin]     (--role department needs --department)\n"
                                           "  users disable|enable NAME        stop or allow a user's sign-in\n"
                                           "  users reset-password NAME [--password-stdin]\n"
                                           "  import-roster FILE --as USER [--batch ID] [--valid-only] [--report OUT.xlsx] [--json]\n"
                                           "  import-training-years FILE --as USER [--valid-only] [--report OUT.xlsx] [--json]\n"
                                           "  import-acceptance FILE --as USER [--valid-only] [--report OUT.xlsx] [--json]\n"
                                           "  import-teachers FILE --as USER [--valid-only] [--json]\n"
                                           "  export registrants|national-roster|summary|returned --as USER [--batch ID] -o OUT.xlsx\n"
                                           "  export training-years --as USER -o OUT.xlsx"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db({QStringLiteral("db")},
                                cliTr("The SQLite database file (default: %1), or a central server as "
                                      "postgresql://USER@HOST:PORT/DATABASE (password from PGPASSWORD or asked).")
                                    .arg(gme::Database::defaultSqlitePath()),
                                QStringLiteral("PATH|URL"));
    const QCommandLineOption trainees({QStringLiteral("trainees")}, cliTr("demo: how many trainees to invent."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed({QStringLiteral("seed")}, cliTr("demo: the random seed (same seed, same data)."),
                                  QStringLiteral("S"));
    const QCommandLineOption json({QStringLiteral("json")}, cliTr("users list, import-roster: print JSON."));
    const QCommandLineOption as({QStringLiteral("as")}, cliTr("import-roster, export: act as this user (their scope)."),
                                QStringLiteral("USER"));
    const QCommandLineOption batch({QStringLiteral("batch")}, cliTr("import-roster, export: the exam batch number."),
                                   QStringLiteral("ID"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, cliTr("export: the .xlsx file to write."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption report({QStringLiteral("report")}, cliTr("import-roster: write the problems to this .xlsx."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption validOnly({QStringLiteral("valid-only")},
                                       cliTr("import-roster: import the valid rows even if others have problems."));
    const QCommandLineOption role({QStringLiteral("role")}, cliTr("users add: base, municipal, provincial, sysadmin or department."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption scope({QStringLiteral("scope")}, cliTr("users add: the code of the user's organisation."),
                                   QStringLiteral("CODE"));
    const QCommandLineOption displayName({QStringLiteral("display-name")}, cliTr("users add: the name shown in the app."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption passwordStdin({QStringLiteral("password-stdin")},
                                           cliTr("users add, reset-password: read the new password from standard input."));
    const QCommandLineOption department({QStringLiteral("department")},
                                        cliTr("users add --role department: the department (科室) at the --scope base."),
                                        QStringLiteral("NAME"));
    parser.addOptions({db, trainees, seed, json, as, batch, output, report, validOnly, role, scope, displayName,
                       passwordStdin, department});
    parser.addPositionalArgument(QStringLiteral("verb"), cliTr("migrate, demo, users, import-roster, import-training-years, import-acceptance, import-teachers or export"));

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << "\n" << cliTr("Run gmedesk-cli --help for usage.") << "\n";
        return kExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return kExitOk;
    }
    if (parser.isSet(version)) {
        out << QCoreApplication::applicationName() << " " << QCoreApplication::applicationVersion() << "\n";
        return kExitOk;
    }

    CliRequest request;
    request.dbPath = parser.isSet(db) ? parser.value(db) : gme::Database::defaultSqlitePath();
    request.words = parser.positionalArguments();
    if (parser.isSet(trainees))
        request.trainees = parser.value(trainees);
    if (parser.isSet(seed))
        request.seed = parser.value(seed);
    request.json = parser.isSet(json);
    if (parser.isSet(as))
        request.as = parser.value(as);
    if (parser.isSet(batch))
        request.batch = parser.value(batch);
    if (parser.isSet(output))
        request.output = parser.value(output);
    if (parser.isSet(report))
        request.report = parser.value(report);
    request.validOnly = parser.isSet(validOnly);
    if (parser.isSet(role))
        request.role = parser.value(role);
    if (parser.isSet(scope))
        request.scope = parser.value(scope);
    if (parser.isSet(displayName))
        request.displayName = parser.value(displayName);
    if (parser.isSet(department))
        request.department = parser.value(department);
    request.passwordStdin = parser.isSet(passwordStdin);

    const std::map<QString, std::function<int(const CliRequest &, CliIo)>> verbs{
        {QStringLiteral("migrate"), runMigrate},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("users"), runUsers},
        {QStringLiteral("import-roster"), runImportRoster},
        {QStringLiteral("import-training-years"), runImportTrainingYears},
        {QStringLiteral("import-acceptance"), runImportAcceptance},
        {QStringLiteral("import-teachers"), runImportTeachers},
        {QStringLiteral("export"), runExport},
    };
    try {
        if (request.dbPath.trimmed().isEmpty())
            throw UsageError{cliTr("--db needs a file path or a server address.")};
        if (request.words.isEmpty())
            throw UsageError{cliTr("No verb given.")};
        const auto verb = verbs.find(request.words.front());
        if (verb == verbs.end())
            throw UsageError{cliTr("Unknown verb '%1'.").arg(request.words.front())};
        return verb->second(request, io);
    } catch (const UsageError &e) {
        err << e.message << "\n" << cliTr("Run gmedesk-cli --help for usage.") << "\n";
        return kExitUsage;
    } catch (const gme::DbError &e) {
        err << cliTr("Error: %1").arg(e.message()) << "\n";
        return kExitFailed;
    }
}
