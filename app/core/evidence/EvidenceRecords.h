#pragma once

#include "EvidenceRef.h"

#include <QSqlDatabase>

namespace gme {

// Writes for uploaded evidence, shared by the sources that keep uploads. Throw DbError on failure.

// Keeps bytes once per content hash: a second upload of the same bytes shares the stored blob.
void insertEvidenceBlob(QSqlDatabase db, const QString &sha256, const QByteArray &bytes);

// Records ref (its id is ignored) as a new evidence row; returns the new row's id.
qint64 insertEvidenceRow(QSqlDatabase db, const EvidenceRef &ref);

} // namespace gme
