#pragma once

#include "ContentSniffer.h"

#include <QStringList>

namespace gme {

// What a base may upload on a trainee's behalf, and the checks a file must pass first. The file
// is never trusted: its type comes from its content, PDFs must open, images must decode, and the
// certificate photo must keep every photo rule.
namespace UploadLimit {
inline constexpr qint64 MaxBytes = 20LL * 1024 * 1024; // documents and scans
inline constexpr int MaxPdfPages = 200;                // a register or proof is a few pages
} // namespace UploadLimit

// The kinds a base uploads, in the order offered (EvidenceKind codes).
QStringList uploadableEvidenceKinds();

struct UploadCheck
{
    ContentType type = ContentType::Unknown;
    QStringList problems; // translated, one sentence each; empty when the file is accepted

    bool accepted() const { return problems.isEmpty(); }
    QString mimeType() const; // from the content: application/pdf, image/jpeg, image/png
};

// Checks file bytes for an upload of `kind`. idNumber is the registrant's (the photo is named by it).
// Decodes at most a downscaled copy of an image and never an image bomb; may take a while for a
// large PDF, so run it off the GUI thread.
UploadCheck checkUpload(const QByteArray &bytes, const QString &fileName, const QString &kind, const QString &idNumber);

// "The file "x.pdf" cannot be uploaded:" followed by the problems, one per line.
QString uploadRefusal(const QString &fileName, const QStringList &problems);

} // namespace gme
