#include "EvidenceRepository.h"

#include "db/DbError.h"
#include "db/SqlDialect.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <QVariant>

namespace gme {
namespace {

EvidenceRef refFrom(const QSqlQuery &q)
{
    EvidenceRef r;
    r.id = q.value(0).toLongLong();
    r.registrationId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.fileName = q.value(3).toString();
    r.mimeType = q.value(4).toString();
    r.sizeBytes = q.value(5).toLongLong();
    r.sha256 = q.value(6).toString().toLower();
    r.uploadedAt = q.value(7).toString();
    return r;
}

const QString RefColumns = QStringLiteral(
    "id, registration_id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at");

} // namespace

QList<EvidenceRef> EvidenceRepository::filesOf(qint64 registrationId) const
{
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT ") + RefColumns
                          + QStringLiteral(" FROM evidence WHERE registration_id = ? ORDER BY uploaded_at, id"));
    q.addBindValue(registrationId);
    execOrThrow(q, "read evidence");
    QList<EvidenceRef> out;
    while (q.next())
        out.append(refFrom(q));
    return out;
}

QList<EvidenceRef> EvidenceRepository::filesOf(const QList<qint64> &registrationIds) const
{
    QList<EvidenceRef> out;
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < registrationIds.size(); from += Chunk) {
        const QList<qint64> part = registrationIds.mid(from, Chunk);
        QSqlQuery q(m_db);
        prepareOrThrow(q, QStringLiteral("SELECT ") + RefColumns + QStringLiteral(" FROM evidence WHERE registration_id IN (")
                              + QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','))
                              + QStringLiteral(") ORDER BY uploaded_at, id"));
        for (qint64 id : part)
            q.addBindValue(id);
        execOrThrow(q, "read evidence of several registrations");
        while (q.next())
            out.append(refFrom(q));
    }
    // In the order asked for (the next row first), each registration's files in upload order.
    std::stable_sort(out.begin(), out.end(), [&registrationIds](const EvidenceRef &a, const EvidenceRef &b) {
        return registrationIds.indexOf(a.registrationId) < registrationIds.indexOf(b.registrationId);
    });
    return out;
}

RegistrationEvidence EvidenceRepository::registration(qint64 registrationId) const
{
    RegistrationEvidence out;
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT t.id_number, t.track, t.training_start, t.training_end "
                                     "FROM registrations r JOIN trainees t ON t.id = r.trainee_id WHERE r.id = ?"));
    q.addBindValue(registrationId);
    execOrThrow(q, "read registrant for evidence");
    if (!q.next())
        return out;
    out.registrationId = registrationId;
    out.idNumber = q.value(0).toString();
    out.situation.track = trackFromCode(q.value(1).toString()).value_or(Track::Resident);
    out.situation.trainingStart = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
    out.situation.trainingEnd = QDate::fromString(q.value(3).toString().left(10), Qt::ISODate);
    out.files = filesOf(registrationId);
    QStringList kinds;
    for (const EvidenceRef &f : std::as_const(out.files))
        kinds.append(f.kind);
    out.missingKinds = missingEvidenceKinds(out.situation, kinds);
    return out;
}

QHash<qint64, QStringList> EvidenceRepository::missingKinds(const QList<qint64> &registrationIds) const
{
    QHash<qint64, QStringList> out;
    // In chunks: SQLite allows a limited number of bound values per statement.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < registrationIds.size(); from += Chunk) {
        const QList<qint64> part = registrationIds.mid(from, Chunk);
        QStringList marks(part.size(), QStringLiteral("?"));
        QSqlQuery q(m_db);
        prepareOrThrow(q, QStringLiteral("SELECT r.id, t.track, t.training_start, t.training_end, "
                                         "(SELECT %1 FROM evidence e WHERE e.registration_id = r.id) "
                                         "FROM registrations r JOIN trainees t ON t.id = r.trainee_id WHERE r.id IN (%2)")
                              .arg(sql::distinctList(sql::dialectOf(m_db), QStringLiteral("e.kind")),
                                   marks.join(QLatin1Char(','))));
        for (qint64 id : part)
            q.addBindValue(id);
        execOrThrow(q, "read evidence kinds");
        while (q.next()) {
            EvidenceSituation s;
            s.track = trackFromCode(q.value(1).toString()).value_or(Track::Resident);
            s.trainingStart = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
            s.trainingEnd = QDate::fromString(q.value(3).toString().left(10), Qt::ISODate);
            const QStringList present = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            const QStringList missing = missingEvidenceKinds(s, present);
            if (!missing.isEmpty())
                out.insert(q.value(0).toLongLong(), missing);
        }
    }
    return out;
}

} // namespace gme
