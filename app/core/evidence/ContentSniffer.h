#pragma once

#include "EvidenceFinding.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace gme {

// What a file is, decided from its first bytes — never from its name or the type claimed at upload.
enum class ContentType { Unknown, Pdf, Jpeg, Png };

ContentType sniffContentType(const QByteArray &bytes);
QString contentTypeName(ContentType type); // "PDF", "JPEG", "PNG", translated "unknown"

// Images larger than this are refused before decoding (a small file can claim a huge canvas).
inline constexpr qint64 MaxImagePixels = 40'000'000;

// Finding codes (EvidenceFinding::code) produced by inspectContent().
namespace ContentFinding {
inline constexpr QLatin1String Empty{"empty"};
inline constexpr QLatin1String UnknownType{"unknown_type"};
inline constexpr QLatin1String NotPdf{"not_pdf"};           // claimed (name or type) to be a PDF, is not
inline constexpr QLatin1String TypeMismatch{"type_mismatch"}; // e.g. a PNG named .jpg
inline constexpr QLatin1String Truncated{"truncated"};
inline constexpr QLatin1String Encrypted{"encrypted"};      // PDF with an /Encrypt dictionary
inline constexpr QLatin1String ImageTooLarge{"image_too_large"};
inline constexpr QLatin1String ImageUnreadable{"image_unreadable"};
} // namespace ContentFinding

struct ContentReport
{
    ContentType type = ContentType::Unknown;
    QSize imageSize;            // from the image header, without decoding; empty for PDFs
    EvidenceFindings findings;
    // False when the viewer must not try to show the bytes (empty, not a PDF, unknown type, image bomb).
    // Truncated files stay showable: the viewer shows what it can beneath the warning.
    bool showable = false;
};

// Inspects file bytes: the real type, and zero-byte, truncated, fake, encrypted or oversized content.
// fileName and claimedMime only serve to say "this claims to be a PDF but is not".
ContentReport inspectContent(const QByteArray &bytes, const QString &fileName = {}, const QString &claimedMime = {});

// Reads an image header only (QImageReader::size()); an invalid size when there is none.
QSize imageHeaderSize(const QByteArray &bytes);

} // namespace gme
