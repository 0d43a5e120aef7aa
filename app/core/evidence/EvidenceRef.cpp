#include "EvidenceRef.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Evidence)
};
} // namespace

QString evidenceKindTitle(const QString &kind)
{
    if (kind == EvidenceKind::ProcessRegister)
        return Text::tr("Process assessment register");
    if (kind == EvidenceKind::ReductionProof)
        return Text::tr("Training-years reduction proof");
    if (kind == EvidenceKind::Licence)
        return Text::tr("Physician qualification certificate");
    if (kind == EvidenceKind::Diploma)
        return Text::tr("Diploma");
    if (kind == EvidenceKind::Photo)
        return Text::tr("Certificate photo");
    if (kind == EvidenceKind::AdmissionNotice)
        return Text::tr("Admission notice");
    if (kind == EvidenceKind::BaseChange)
        return Text::tr("Base change form");
    return kind;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

QString formatFileSize(qint64 bytes)
{
    if (bytes < 1024)
        return Text::tr("%1 bytes").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace gme
