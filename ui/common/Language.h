#pragma once

#include <QString>

class QCoreApplication;

namespace gme {

// The language setting (QSettings "ui/language"): "system", "zh_CN" or "en".
QString languageSetting();
void setLanguageSetting(const QString &value);

// The language to show: `override` (from --lang) if given, else the setting, else the system
// locale. The product's users are Chinese, so a Chinese or C/POSIX locale gives "zh_CN".
QString effectiveLanguage(const QString &override = {});

// Installs gmedesk's and Qt's own translations for `language` ("zh_CN"; "en" installs none).
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace gme
