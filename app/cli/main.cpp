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
                                           "  users list [--json]              list the users"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db({QStringLiteral("db")},
                                cliTr("The SQLite database file (default: %1).").arg(gme::Database::defaultSqlitePath()),
                                QStringLiteral("PATH"));
    const QCommandLineOption trainees({QStringLiteral("trainees")}, cliTr("demo: how many trainees to invent."),
                                      QStringLiteral("N"));
    const QCommandLineOption seed({QStringLiteral("seed")}, cliTr("demo: the random seed (same seed, same data)."),
                                  QStringLiteral("S"));
    const QCommandLineOption json({QStringLiteral("json")}, cliTr("users list: print JSON."));
    parser.addOptions({db, trainees, seed, json});
    parser.addPositionalArgument(QStringLiteral("verb"), cliTr("migrate, demo or users list"));

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

    const std::map<QString, std::function<int(const CliRequest &, CliIo)>> verbs{
        {QStringLiteral("migrate"), runMigrate},
        {QStringLiteral("demo"), runDemo},
        {QStringLiteral("users"), runUsers},
    };
    try {
        if (request.dbPath.trimmed().isEmpty())
            throw UsageError{cliTr("--db needs a file path.")};
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
