#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QLatin1String>

namespace gme {

// One uploaded file as the database describes it. The bytes live elsewhere (evidence_blobs or an
// evidence server) under `sha256`; what the trainee called the file and what type the upload claimed
// are kept for display only — the content decides what the file is.
struct EvidenceRef
{
    qint64 id = 0;
    qint64 registrationId = 0;
    QString kind;      // one of the EvidenceKind codes below, or another code kept as typed
    QString fileName;
    QString mimeType;  // as claimed at upload
    qint64 sizeBytes = 0;
    QString sha256;    // lower-case hex, 64 characters
    QString uploadedAt;

    bool operator==(const EvidenceRef &) const = default;
};

// Stable codes stored in evidence.kind.
namespace EvidenceKind {
inline constexpr QLatin1String ProcessRegister{"process_register"}; // 过程考核登记表扫描件
inline constexpr QLatin1String ReductionProof{"reduction_proof"};   // 减免佐证材料
inline constexpr QLatin1String Licence{"licence"};                  // 医师资格证书
inline constexpr QLatin1String Diploma{"diploma"};
inline constexpr QLatin1String Photo{"photo"};                      // certificate photo
inline constexpr QLatin1String AdmissionNotice{"admission_notice"};
inline constexpr QLatin1String BaseChange{"base_change"};
} // namespace EvidenceKind

// The user's name for an evidence kind (translated); unknown codes are returned as they are.
QString evidenceKindTitle(const QString &kind);

// Lower-case hex SHA-256 of the bytes.
QString sha256Hex(const QByteArray &bytes);
// True for 64 lower- or upper-case hex digits (safe to use as a file or URL path segment).
bool isSha256Hex(const QString &text);

// "1.2 MB", "153 KB", "12 bytes"
QString formatFileSize(qint64 bytes);

} // namespace gme

Q_DECLARE_METATYPE(gme::EvidenceRef)
