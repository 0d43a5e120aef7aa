#include "EvidenceStorageConfig.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::EvidenceStorage)
};

const QString ModeKey = QStringLiteral("evidence/mode");
const QString UrlKey = QStringLiteral("evidence/serverUrl");
const QString AuthKey = QStringLiteral("evidence/auth");
const QString UserKey = QStringLiteral("evidence/user");
const QString CacheKey = QStringLiteral("evidence/cacheDir");
} // namespace

EvidenceStorageConfig EvidenceStorageConfig::load(const QSettings &settings)
{
    EvidenceStorageConfig c;
    c.mode = settings.value(ModeKey).toString() == QLatin1String("server") ? Mode::Server : Mode::Database;
    c.serverUrl = QUrl(settings.value(UrlKey).toString());
    c.auth = settings.value(AuthKey).toString() == QLatin1String("basic") ? Auth::Basic : Auth::Bearer;
    c.userName = settings.value(UserKey).toString();
    c.cacheDir = settings.value(CacheKey).toString();
    return c;
}

void EvidenceStorageConfig::save(QSettings &settings) const
{
    settings.setValue(ModeKey, mode == Mode::Server ? QStringLiteral("server") : QStringLiteral("database"));
    settings.setValue(UrlKey, serverUrl.toString());
    settings.setValue(AuthKey, auth == Auth::Basic ? QStringLiteral("basic") : QStringLiteral("bearer"));
    settings.setValue(UserKey, userName);
    settings.setValue(CacheKey, cacheDir);
}

QString EvidenceStorageConfig::problem() const
{
    if (mode == Mode::Database)
        return {};
    const QString scheme = serverUrl.scheme().toLower();
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Text::tr("The evidence server address must start with http:// or https:// and name a host, "
                        "e.g. https://evidence.example.cn/files.");
    if (auth == Auth::Basic && userName.trimmed().isEmpty())
        return Text::tr("Basic authentication needs a user name.");
    return {};
}

QString EvidenceStorageConfig::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/evidence");
}

QString EvidenceStorageConfig::effectiveCacheDir() const
{
    return cacheDir.trimmed().isEmpty() ? defaultCacheDir() : cacheDir.trimmed();
}

HttpEvidenceSettings EvidenceStorageConfig::httpSettings(const QString &secret) const
{
    HttpEvidenceSettings s;
    s.baseUrl = serverUrl;
    if (auth == Auth::Bearer) {
        s.bearerToken = secret;
    } else {
        s.userName = userName.trimmed();
        s.password = secret;
    }
    s.cacheDir = effectiveCacheDir();
    return s;
}

} // namespace gme
