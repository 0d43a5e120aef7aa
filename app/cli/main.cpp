#include "db/Database.h"
#include "db/DbError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database file"), QStringLiteral("PATH")});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("migrate"));
    parser.process(app);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.value(0) != QLatin1String("migrate")) {
        err << "unknown command\n";
        return 2;
    }
    try {
        gme::Database db(parser.value(QStringLiteral("db")));
        QTextStream(stdout) << "schema version " << db.migrate() << "\n";
    } catch (const gme::DbError &e) {
        err << e.message() << "\n";
        return 1;
    }
    return 0;
}
