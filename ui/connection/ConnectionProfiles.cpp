#include "ConnectionProfiles.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::ConnectionProfiles)
};
const QString kGroup = QStringLiteral("connections");
} // namespace

QString ConnectionProfile::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setHost(host);
    u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!caFile.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), caFile);
    u.setQuery(query);
    return u.toString(QUrl::FullyEncoded);
}

QString ConnectionProfile::problem() const
{
    if (name.trimmed().isEmpty())
        return Text::tr("Give the connection a name.");
    if (host.trimmed().isEmpty())
        return Text::tr("Enter the server's host name or address.");
    if (database.trimmed().isEmpty())
        return Text::tr("Enter the database name.");
    if (port < 1 || port > 65535)
        return Text::tr("The port must be between 1 and 65535.");
    if (sslMode.startsWith(QLatin1String("verify")) && caFile.isEmpty())
        return Text::tr("Verifying the server needs the CA certificate file.");
    return {};
}

QList<ConnectionProfile> loadConnectionProfiles()
{
    QSettings settings;
    QList<ConnectionProfile> profiles;
    const int n = settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), 5432).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.sslMode = settings.value(QStringLiteral("sslmode"), QStringLiteral("prefer")).toString();
        p.caFile = settings.value(QStringLiteral("cafile")).toString();
        profiles.append(p);
    }
    settings.endArray();
    return profiles;
}

void saveConnectionProfiles(const QList<ConnectionProfile> &profiles)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        settings.setArrayIndex(i);
        const ConnectionProfile &p = profiles[i];
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("sslmode"), p.sslMode);
        settings.setValue(QStringLiteral("cafile"), p.caFile);
    }
    settings.endArray();
}

QString lastConnection() { return QSettings().value(QStringLiteral("login/lastConnection")).toString(); }

void rememberConnection(const QString &location)
{
    QSettings().setValue(QStringLiteral("login/lastConnection"), location);
}

} // namespace gme
