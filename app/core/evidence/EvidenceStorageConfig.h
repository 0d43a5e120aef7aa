#pragma once

#include "HttpEvidenceSource.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace gme {

// Where evidence files live, as the user configured it (Settings → Evidence files). Kept in
// QSettings under "evidence/…". The server's token or password is never part of it: it is not
// written to disk in clear, only held for the session (see ui/common/SessionSecret).
struct EvidenceStorageConfig
{
    enum class Mode { Database, Server };
    enum class Auth { Bearer, Basic };

    Mode mode = Mode::Database;
    QUrl serverUrl;      // files at <serverUrl>/<sha256>
    Auth auth = Auth::Bearer;
    QString userName;    // basic authentication only
    QString cacheDir;    // empty: defaultCacheDir()

    static EvidenceStorageConfig load(const QSettings &settings);
    void save(QSettings &settings) const;

    // Empty when usable; else a translated sentence saying what to fix.
    QString problem() const;
    // The settings for HttpEvidenceSource, with the session's token (bearer) or password (basic).
    HttpEvidenceSettings httpSettings(const QString &secret) const;
    QString effectiveCacheDir() const;
    static QString defaultCacheDir(); // <user cache folder>/evidence
};

} // namespace gme
