#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace gme::demo {

struct EvidenceFile
{
    QByteArray bytes;
    QString sha256; // lower-case hex
};

// A handful of generated files that every demo registrant's evidence points at, so 100,000
// registrants cost ten blobs. Text is drawn only when a QGuiApplication exists (fonts need one).
struct EvidencePool
{
    QList<EvidenceFile> processRegisters; // 过程考核登记表扫描件 (PDF), resident track
    QList<EvidenceFile> gpProcessRegisters; // the same form of the assistant-GP track
    QList<EvidenceFile> licences;         // 医师资格证书 (PDF)
    QList<EvidenceFile> reductionProofs;  // 培训年限减免佐证材料 (PDF)
    QList<EvidenceFile> malePhotos;       // 2-inch white-background portraits (JPG)
    QList<EvidenceFile> femalePhotos;
};

EvidencePool makeEvidencePool();

// Stores every file of the pool once in evidence_blobs. Throws DbError.
void insertEvidenceBlobs(const QSqlDatabase &db, const EvidencePool &pool);

} // namespace gme::demo
