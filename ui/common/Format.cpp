#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace gme {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("gme::Format", text); }
} // namespace

QString formatDate(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString formatDateTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString genderName(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr(QT_TRANSLATE_NOOP("gme::Format", "Male"));
    if (code == QLatin1String("F"))
        return tr(QT_TRANSLATE_NOOP("gme::Format", "Female"));
    return code;
}

QString fileSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString yesNo(bool value)
{
    return value ? tr(QT_TRANSLATE_NOOP("gme::Format", "Yes")) : tr(QT_TRANSLATE_NOOP("gme::Format", "No"));
}

} // namespace gme
