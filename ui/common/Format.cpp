#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Format)
};
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
        return Text::tr("Male");
    if (code == QLatin1String("F"))
        return Text::tr("Female");
    return code;
}

QString fileSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString yesNo(bool value)
{
    return value ? Text::tr("Yes") : Text::tr("No");
}

} // namespace gme
