#include "EvidenceRepository.h"

#include "db/DbError.h"

#include <QSqlQuery>
#include <QStringList>

#include <QSet>
#include <QVariant>

#include <algorithm>
#include <functional>

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

namespace {

// Runs `sql` once over every row (`all`: "%1" becomes a condition that is always true) or once per
// chunk of `ids` ("%1" becomes `idColumn` IN (...); chunks because SQLite allows a limited number of
// bound values per statement), passing each result row to `take`.
void forIds(QSqlDatabase db, const QList<qint64> &ids, bool all, const QString &sql, const QString &idColumn,
            const char *what, const std::function<void(const QSqlQuery &)> &take)
{
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QList<qint64> part = all ? QList<qint64>{} : ids.mid(from, Chunk);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString marks = QStringList(part.size(), QStringLiteral("?")).join(QLatin1Char(','));
        prepareOrThrow(q, sql.arg(all ? QStringLiteral("1 = 1") : QStringLiteral("%1 IN (%2)").arg(idColumn, marks)));
        for (qint64 id : part)
            q.addBindValue(id);
        execOrThrow(q, what);
        while (q.next())
            take(q);
        if (all)
            return;
    }
}

} // namespace

QHash<qint64, QStringList> EvidenceRepository::missingKinds(const QList<qint64> &registrationIds) const
{
    // Ascending ids read neighbouring pages together: the queue arrives ordered by state and base.
    QList<qint64> ids = registrationIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // For a whole provincial queue, one pass over each table instead of looking rows up by id:
    // through the index every file cost a table page and every chunk a statement to prepare, which
    // together took longer than the queue load itself at 100,000 rows. For a few rows, by id.
    constexpr qsizetype ScanFrom = 5000;
    const bool scan = ids.size() >= ScanFrom;

    struct Row
    {
        EvidenceSituation situation;
        quint64 present = 0; // bit i: kinds[i] uploaded
    };
    QHash<qint64, Row> rows;
    rows.reserve(ids.size());
    const QSet<qint64> wanted(ids.begin(), ids.end());
    forIds(m_db, ids, scan,
           QStringLiteral("SELECT r.id, t.track, t.training_start, t.training_end "
                          "FROM registrations r JOIN trainees t ON t.id = r.trainee_id WHERE %1"),
           QStringLiteral("r.id"), "read evidence situations", [&](const QSqlQuery &q) {
               const qint64 id = q.value(0).toLongLong();
               if (scan && !wanted.contains(id))
                   return;
               EvidenceSituation &s = rows[id].situation;
               s.track = trackFromCode(q.value(1).toString()).value_or(Track::Resident);
               s.trainingStart = QDate::fromString(q.value(2).toString().left(10), Qt::ISODate);
               s.trainingEnd = QDate::fromString(q.value(3).toString().left(10), Qt::ISODate);
           });

    QStringList kinds; // the few kinds seen, each once; rows hold bits
    forIds(m_db, ids, scan, QStringLiteral("SELECT registration_id, kind FROM evidence WHERE %1"),
           QStringLiteral("registration_id"), "read evidence kinds",
           [&](const QSqlQuery &q) {
               const auto it = rows.find(q.value(0).toLongLong());
               if (it == rows.end())
                   return;
               const QString kind = q.value(1).toString();
               qsizetype bit = kinds.indexOf(kind);
               if (bit < 0) {
                   if (kinds.size() >= 64)
                       return; // more kinds than bits (there are seven)
                   bit = kinds.size();
                   kinds.append(kind);
               }
               it->present |= quint64(1) << bit;
           });

    QHash<qint64, QStringList> out;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList present;
        for (qsizetype bit = 0; bit < kinds.size(); ++bit)
            if (it->present & (quint64(1) << bit))
                present.append(kinds.at(bit));
        const QStringList missing = missingEvidenceKinds(it->situation, present);
        if (!missing.isEmpty())
            out.insert(it.key(), missing);
    }
    return out;
}

} // namespace gme
