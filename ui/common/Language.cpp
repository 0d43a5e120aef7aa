#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gme {
namespace {
const QString kKey = QStringLiteral("ui/language");
} // namespace

QString languageSetting()
{
    const QString v = QSettings().value(kKey, QStringLiteral("system")).toString();
    if (v == QLatin1String("zh_CN") || v == QLatin1String("en"))
        return v;
    return QStringLiteral("system");
}

void setLanguageSetting(const QString &value)
{
    QSettings().setValue(kKey, value);
}

QString effectiveLanguage(const QString &override)
{
    if (override == QLatin1String("zh_CN") || override == QLatin1String("en"))
        return override;
    const QString setting = languageSetting();
    if (setting != QLatin1String("system"))
        return setting;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese || system.language() == QLocale::C
        || system.name() == QLatin1String("C"))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (language != QLatin1String("zh_CN"))
        return;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/gmedesk_zh_CN.qm")))
        app.installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace gme
