#include "Clock.h"
#include "auth/User.h"
#include "common/DbPool.h"
#include "common/Language.h"
#include "common/Session.h"
#include "connection/ConnectionProfiles.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "db/FreshDatabase.h"
#include "login/LoginDialog.h"
#include "main/FirstRun.h"
#include "demo/DemoProvince.h"
#include "main/MainWindow.h"
#include "main/StartupProbe.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

namespace {

struct Options
{
    QString database;
    bool demo = false;
    QString user;
    QString password;
    QString language;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("gmedesk — review desk for resident-training administrators"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite database file (default: %1) or central server "
                                                                         "postgresql://HOST:PORT/DATABASE.")
                                                          .arg(gme::Database::defaultSqlitePath()),
                                QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Create the demo province if the database is empty."));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Sign in as NAME (scripted runs)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption password(QStringLiteral("password"),
                                      QStringLiteral("Password for --user (scripted runs)."), QStringLiteral("PW"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                  QStringLiteral("LANG"));
    parser.addOptions({db, demo, user, password, lang});
    parser.process(app);
    Options o;
    o.database = parser.value(db);
    o.demo = parser.isSet(demo);
    o.user = parser.value(user);
    o.password = parser.value(password);
    o.language = parser.value(lang);
    return o;
}

// Migrates and, for an empty database, creates the demo province when asked or accepted.
bool prepareDatabase(gme::Database &database, bool demo)
{
    try {
        database.migrate();
        if (!gme::databaseIsEmpty(database))
            return true;
    } catch (const gme::DbError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "gmedesk"),
                              QApplication::translate("main", "The database %1 cannot be prepared:\n%2")
                                  .arg(database.location(), e.message()));
        return false;
    }
    if (!demo) {
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("main", "Welcome to gmedesk"),
            QApplication::translate("main", "The database is empty. Create a demo province with realistic bases, "
                                            "users and 5,000 registrations to try gmedesk?\n\n"
                                            "Demo users: province, guangzhou, school, base1, gpbase1, admin; "
                                            "password %1")
                .arg(QString::fromLatin1(gme::kDemoPassword)));
        if (answer != QMessageBox::Yes)
            return true;
    }
    gme::createDemoWithProgress(database, 5000);
    return true;
}

// The database to sign in to: an embedded one is migrated (and offered the demo) first; a central
// server is prepared by its administrator, and the sign-in checks its schema.
std::unique_ptr<gme::Database> openDatabase(const QString &location, bool demo)
{
    try {
        auto database = std::make_unique<gme::Database>(location);
        if (database->dialect() == gme::Dialect::Sqlite && !prepareDatabase(*database, demo))
            return nullptr;
        return database;
    } catch (const gme::DbError &e) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "gmedesk"), e.message());
        return nullptr;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("gmedesk"));
    QCoreApplication::setApplicationName(QStringLiteral("gmedesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GMEDESK_VERSION));

    const Options options = parseOptions(app);
    gme::installTranslations(app, gme::effectiveLanguage(options.language));

    // --db wins; else the connection used last time; else this computer's database.
    QString location = !options.database.isEmpty() ? options.database : gme::lastConnection();
    if (location.isEmpty())
        location = gme::Database::defaultSqlitePath();
    gme::StartupProbe probe; // gmedesk-bench's hook; inactive unless GMEDESK_PROBE is set
    bool scripted = !options.user.isEmpty();
    for (;;) {
        std::unique_ptr<gme::Database> database = openDatabase(location, options.demo);
        if (!database)
            return 1;
        gme::LoginDialog login(*database, location);
        probe.watchLogin(&login);
        std::optional<gme::User> user;
        if (scripted) {
            login.setCredentials(options.user, options.password);
            scripted = false; // only the first sign-in is scripted; after a sign-out, ask
            probe.markSignInStarted();
            if (login.signIn())
                user = login.user();
        }
        if (!user) {
            const int result = login.exec();
            if (result == gme::LoginDialog::SwitchConnection) {
                location = login.switchTo();
                continue;
            }
            if (result != QDialog::Accepted) {
                gme::closeWorkerConnection(*database);
                return 0;
            }
            user = login.user();
        }
        gme::rememberConnection(location);
        gme::Session session;
        session.database = database.get();
        session.user = *user;
        auto window = std::make_unique<gme::MainWindow>(session);
        probe.watchQueue(window.get());
        window->show();
        const int rc = app.exec();
        const bool again = window->signOutRequested();
        window.reset();
        gme::closeWorkerConnection(*database);
        if (!again)
            return rc;
    }
}
