#include "DemoRecords.h"

#include "DemoOrgs.h"
#include "DemoTimeline.h"
#include "WeightedPick.h"
#include "db/DbError.h"

#include <QVariant>

namespace gme::demo {
namespace {

QVariant textOrNull(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }

} // namespace

TraineeWriter::TraineeWriter(const QSqlDatabase &db, qint64 nextId) : m_nextId(nextId), m_insert(db)
{
    prepareOrThrow(m_insert, QStringLiteral(
        "INSERT INTO trainees (id, id_type, id_number, name, gender, birth_date, ethnicity, person_type, track, "
        "base_id, unit_id, specialty_code, training_start, training_end, education, degree, school, "
        "graduation_date, phone, licence_number, training_years) "
        "VALUES (?, '01', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

qint64 TraineeWriter::write(const DemoPerson &p, const DemoBase &base)
{
    const qint64 id = m_nextId++;
    int i = 0;
    m_insert.bindValue(i++, id);
    m_insert.bindValue(i++, p.idNumber);
    m_insert.bindValue(i++, p.name);
    m_insert.bindValue(i++, p.male ? QStringLiteral("M") : QStringLiteral("F"));
    m_insert.bindValue(i++, p.birthDate);
    m_insert.bindValue(i++, p.ethnicity);
    m_insert.bindValue(i++, p.personType);
    m_insert.bindValue(i++, trackCode(base.track));
    m_insert.bindValue(i++, base.id);
    m_insert.bindValue(i++, p.unitId ? QVariant(p.unitId) : QVariant(QMetaType::fromType<qint64>()));
    m_insert.bindValue(i++, p.specialtyCode);
    m_insert.bindValue(i++, p.trainingStart);
    m_insert.bindValue(i++, p.trainingEnd);
    m_insert.bindValue(i++, p.education);
    m_insert.bindValue(i++, p.degree);
    m_insert.bindValue(i++, p.school);
    m_insert.bindValue(i++, p.graduationDate);
    m_insert.bindValue(i++, p.phone);
    m_insert.bindValue(i++, textOrNull(p.licenceNumber));
    m_insert.bindValue(i++, p.trainingYears);
    execOrThrow(m_insert, "insert demo trainee");
    return id;
}

EvidenceRowWriter::EvidenceRowWriter(const QSqlDatabase &db, const EvidencePool &pool, QRandomGenerator &rng)
    : m_pool(pool), m_rng(rng), m_insert(db)
{
    prepareOrThrow(m_insert, QStringLiteral(
        "INSERT INTO evidence (registration_id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
}

void EvidenceRowWriter::row(qint64 registrationId, const char *kind, const QString &fileName, const char *mime,
                            const EvidenceFile &file, const QDateTime &at)
{
    m_insert.bindValue(0, registrationId);
    m_insert.bindValue(1, QString::fromLatin1(kind));
    m_insert.bindValue(2, fileName);
    m_insert.bindValue(3, QString::fromLatin1(mime));
    m_insert.bindValue(4, qint64(file.bytes.size()));
    m_insert.bindValue(5, file.sha256);
    m_insert.bindValue(6, wallClockText(at));
    execOrThrow(m_insert, "insert demo evidence");
}

int EvidenceRowWriter::write(qint64 registrationId, const DemoPerson &p, Track track, const QDateTime &submittedAt)
{
    // Uploaded in the minutes before the registration was submitted.
    QDateTime at = submittedAt.addSecs(-60 * (15 + int(m_rng.bounded(25))));
    auto next = [&] { return at = at.addSecs(30 + int(m_rng.bounded(120))); };
    const char *pdf = "application/pdf";
    const QList<EvidenceFile> &registers = track == Track::Resident ? m_pool.processRegisters
                                                                    : m_pool.gpProcessRegisters;
    row(registrationId, "process_register", p.name + QStringLiteral(u"_过程考核登记表.pdf"), pdf,
        pickFrom(registers, m_rng), next());
    row(registrationId, "photo", p.idNumber + QStringLiteral(".jpg"), "image/jpeg",
        pickFrom(p.male ? m_pool.malePhotos : m_pool.femalePhotos, m_rng), next());
    int count = 2;
    if (!p.licenceNumber.isEmpty()) {
        row(registrationId, "licence", p.name + QStringLiteral(u"_医师资格证书.pdf"), pdf,
            pickFrom(m_pool.licences, m_rng), next());
        ++count;
    }
    if (p.reducedYears) {
        row(registrationId, "reduction_proof", p.name + QStringLiteral(u"_培训年限减免佐证材料.pdf"), pdf,
            pickFrom(m_pool.reductionProofs, m_rng), next());
        ++count;
    }
    return count;
}

} // namespace gme::demo
