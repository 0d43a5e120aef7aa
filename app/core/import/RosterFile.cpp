#include "RosterImport.h"

#include "CsvReader.h"
#include "LegacyXls.h"

#include <QCoreApplication>
#include <QFile>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::RosterImport)
};

} // namespace

// The content decides, not the extension: offices rename files freely.
SheetReadResult readRosterFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        SheetReadResult r;
        r.error = Text::tr("Cannot open %1: %2").arg(path, f.errorString());
        return r;
    }
    const QByteArray head = f.peek(8);
    f.close();
    if (head.startsWith(QByteArray("PK\x03\x04", 4)))
        return readXlsx(path);
    if (looksLikeLegacyXls(head))
        return readLegacyXls(path);
    return readCsv(path);
}

} // namespace gme
