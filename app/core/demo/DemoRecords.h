#pragma once

#include "DemoEvidence.h"
#include "DemoPeople.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace gme::demo {

// Writes trainees with prepared, reused statements.
class TraineeWriter
{
public:
    TraineeWriter(const QSqlDatabase &db, qint64 nextId);
    qint64 write(const DemoPerson &person, const DemoBase &base);

private:
    qint64 m_nextId;
    QSqlQuery m_insert;
};

// Writes a registrant's evidence rows: the process-assessment register and the photo always, the
// licence and the reduction proof when they have one. Bytes come from the shared pool; names,
// sizes and hashes are those of the file each row stands for.
class EvidenceRowWriter
{
public:
    EvidenceRowWriter(const QSqlDatabase &db, const EvidencePool &pool, QRandomGenerator &rng);
    int write(qint64 registrationId, const DemoPerson &person, Track track, const QDateTime &submittedAt);

private:
    void row(qint64 registrationId, const char *kind, const QString &fileName, const char *mime,
             const EvidenceFile &file, const QDateTime &at);

    const EvidencePool &m_pool;
    QRandomGenerator &m_rng;
    QSqlQuery m_insert;
};

} // namespace gme::demo
