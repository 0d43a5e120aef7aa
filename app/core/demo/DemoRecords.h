#pragma once

#include "DemoBulkRows.h"
#include "DemoEvidence.h"
#include "DemoPeople.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace gme::demo {

// Writes trainees through `rows` (their ids are given here, so nothing waits for the database).
class TraineeWriter
{
public:
    TraineeWriter(BulkRows &rows, qint64 nextId);
    qint64 write(const DemoPerson &person, const DemoBase &base);

private:
    BulkRows &m_rows;
    int m_table = 0;
    qint64 m_nextId;
};

// Writes a registrant's evidence rows: the process-assessment register and the photo always, the
// licence and the reduction proof when they have one. Bytes come from the shared pool; names,
// sizes and hashes are those of the file each row stands for.
class EvidenceRowWriter
{
public:
    EvidenceRowWriter(BulkRows &rows, const EvidencePool &pool, QRandomGenerator &rng);
    int write(qint64 registrationId, const DemoPerson &person, Track track, const QDateTime &submittedAt);

private:
    void row(qint64 registrationId, const char *kind, const QString &fileName, const char *mime,
             const EvidenceFile &file, const QDateTime &at);

    const EvidencePool &m_pool;
    QRandomGenerator &m_rng;
    BulkRows &m_rows;
    int m_table = 0;
};

} // namespace gme::demo
