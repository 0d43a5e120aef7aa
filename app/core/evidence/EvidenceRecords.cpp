#include "EvidenceRecords.h"

#include "db/DbError.h"

#include <QSqlQuery>
#include <QVariant>

namespace gme {

void insertEvidenceBlob(QSqlDatabase db, const QString &sha256, const QByteArray &bytes)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO evidence_blobs (sha256, content) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(sha256.toLower());
    q.addBindValue(bytes);
    execOrThrow(q, "store evidence blob");
}

qint64 insertEvidenceRow(QSqlDatabase db, const EvidenceRef &ref)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO evidence (registration_id, kind, file_name, mime_type, size_bytes, "
                                     "sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(ref.registrationId);
    q.addBindValue(ref.kind);
    q.addBindValue(ref.fileName);
    q.addBindValue(ref.mimeType);
    q.addBindValue(ref.sizeBytes);
    q.addBindValue(ref.sha256.toLower());
    q.addBindValue(ref.uploadedAt);
    execOrThrow(q, "record evidence");
    if (!q.next())
        throw DbError(QStringLiteral("record evidence: no id returned"));
    return q.value(0).toLongLong();
}

} // namespace gme
