#pragma once

#include <QList>
#include <QString>

namespace gme {

// A saved central server the sign-in offers. Never holds a password: that is typed at sign-in.
struct ConnectionProfile
{
    QString name;
    QString host;
    int port = 5432;
    QString database = QStringLiteral("gmedesk");
    QString sslMode = QStringLiteral("prefer"); // disable, prefer, require, verify-ca, verify-full
    QString caFile;                             // for verify-ca / verify-full

    // postgresql://HOST:PORT/DATABASE?sslmode=…: the login is added at sign-in.
    QString url() const;
    // A translated reason the profile cannot be used, or empty.
    QString problem() const;
};

// The profiles in the user's settings, in the order they were saved.
QList<ConnectionProfile> loadConnectionProfiles();
void saveConnectionProfiles(const QList<ConnectionProfile> &profiles);

// Which database the sign-in opens next time: an SQLite path or a profile's url().
QString lastConnection();
void rememberConnection(const QString &location);

} // namespace gme
