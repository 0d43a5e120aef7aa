#pragma once

#include "EvidenceSource.h"

#include <QThreadPool>

namespace gme {

class Database;

// Evidence stored in the database (evidence_blobs), the embedded default. Reads run on one worker
// thread with that thread's own connection, so the GUI thread never waits on a blob; the bytes are
// hashed there too and compared with the recorded SHA-256. Uploads are stored there as well: the blob
// (once per content hash) and the evidence row in one transaction. The Database must outlive the source.
class DatabaseEvidenceSource : public EvidenceSource
{
    Q_OBJECT
public:
    explicit DatabaseEvidenceSource(Database &database, QObject *parent = nullptr);
    ~DatabaseEvidenceSource() override;

    EvidenceRequest *fetch(const EvidenceRef &ref) override;
    EvidenceRequest *store(const EvidenceRef &ref, const QByteArray &bytes) override;

private:
    Database &m_database;
    QThreadPool m_pool;
};

} // namespace gme
