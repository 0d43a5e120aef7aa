#pragma once

#include "EvidenceFinding.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace gme {

// The certificate photo rules of the completion-exam notice: JPG, 150–300 KB (1 KB = 1024 bytes),
// file named by the ID number, near-white background, portrait 2-inch proportions (35 × 49 mm,
// width/height ≈ 0.714).
namespace PhotoRule {
inline constexpr qint64 MinBytes = 150 * 1024;
inline constexpr qint64 MaxBytes = 300 * 1024;
inline constexpr double Ratio = 35.0 / 49.0;
inline constexpr double RatioTolerance = 0.035;   // 0.68–0.75 passes
inline constexpr double MinWhiteShare = 0.85;     // of the sampled background pixels

inline constexpr QLatin1String NotJpeg{"photo_not_jpeg"};
inline constexpr QLatin1String FileSize{"photo_file_size"};
inline constexpr QLatin1String FileName{"photo_file_name"};
inline constexpr QLatin1String Proportions{"photo_proportions"};
inline constexpr QLatin1String Background{"photo_background"};
inline constexpr QLatin1String Unreadable{"photo_unreadable"};
} // namespace PhotoRule

// Checks a certificate photo; an empty list means it keeps every rule. idNumber may be empty
// (the name rule is then skipped). Refuses to decode images over MaxImagePixels (image bombs) and
// decodes a downscaled copy only, so a 20-megapixel photo costs little.
EvidenceFindings checkCertificatePhoto(const QByteArray &bytes, const QString &fileName, const QString &idNumber);

// The rules that need no bytes (JPG by name, 150–300 KB, named by ID number), from the evidence row
// alone: cheap enough for queue columns over many rows.
EvidenceFindings checkPhotoMetadata(const QString &fileName, qint64 sizeBytes, const QString &idNumber);

// The share (0..1) of near-white pixels along the top edge and the upper side edges, where a
// portrait shows its background.
double backgroundWhiteShare(const QImage &image);

} // namespace gme
