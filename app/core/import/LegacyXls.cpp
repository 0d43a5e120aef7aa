#include "LegacyXls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::LegacyXls)
};

constexpr int kConversionTimeoutMs = 120000;

} // namespace

bool looksLikeLegacyXls(const QByteArray &head)
{
    return head.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1"));
}

SheetReadResult readLegacyXls(const QString &path)
{
    SheetReadResult result;
    const QString fileName = QFileInfo(path).fileName();
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty()) {
        result.error = Text::tr("%1 is an old Excel 97–2003 file. Save it as .xlsx in Excel or WPS, "
                                "or install LibreOffice so gmedesk can convert it.").arg(fileName);
        return result;
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        result.error = Text::tr("Cannot create a temporary folder to convert %1.").arg(fileName);
        return result;
    }
    // LibreOffice picks its import filter by extension, and offices rename files freely.
    const QString copy = work.filePath(QStringLiteral("workbook.xls"));
    if (!QFile::copy(path, copy)) {
        result.error = Text::tr("Cannot copy %1 for conversion.").arg(fileName);
        return result;
    }
    // A private profile keeps the conversion independent of a LibreOffice the user has open.
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                      QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(work.filePath(QStringLiteral("profile"))).toString(),
                      QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), work.path(),
                      copy});
    if (!p.waitForFinished(kConversionTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        result.error = Text::tr("LibreOffice did not finish converting %1.").arg(fileName);
        return result;
    }
    const QString converted = work.filePath(QStringLiteral("workbook.xlsx"));
    if (p.exitCode() != 0 || !QFileInfo::exists(converted)) {
        result.error = Text::tr("LibreOffice could not convert %1: %2")
                           .arg(fileName, QString::fromLocal8Bit(p.readAll()).trimmed());
        return result;
    }
    result = readXlsx(converted);
    if (!result.ok)
        result.error.replace(QFileInfo(converted).fileName(), fileName);
    return result;
}

} // namespace gme
