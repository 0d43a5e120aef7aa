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

TraineeWriter::TraineeWriter(BulkRows &rows, qint64 nextId) : m_rows(rows), m_nextId(nextId)
{
    m_table = m_rows.declare(QStringLiteral(
        "INSERT INTO trainees (id, id_type, id_number, name, gender, birth_date, ethnicity, person_type, track, "
        "base_id, unit_id, specialty_code, training_start, training_end, education, degree, school, "
        "graduation_date, phone, licence_number, training_years)"), 21);
}

qint64 TraineeWriter::write(const DemoPerson &p, const DemoBase &base)
{
    const qint64 id = m_nextId++;
    m_rows.add(m_table, {id, QStringLiteral("01"), p.idNumber, p.name, p.male ? QStringLiteral("M") : QStringLiteral("F"),
                         p.birthDate, p.ethnicity, p.personType, trackCode(base.track), base.id,
                         p.unitId ? QVariant(p.unitId) : QVariant(QMetaType::fromType<qint64>()), p.specialtyCode,
                         p.trainingStart, p.trainingEnd, p.education, p.degree, p.school, p.graduationDate, p.phone,
                         textOrNull(p.licenceNumber), p.trainingYears});
    return id;
}

EvidenceRowWriter::EvidenceRowWriter(BulkRows &rows, const EvidencePool &pool, QRandomGenerator &rng)
    : m_pool(pool), m_rng(rng), m_rows(rows)
{
    m_table = m_rows.declare(QStringLiteral(
        "INSERT INTO evidence (registration_id, kind, file_name, mime_type, size_bytes, sha256, uploaded_at)"), 7);
}

void EvidenceRowWriter::row(qint64 registrationId, const char *kind, const QString &fileName, const char *mime,
                            const EvidenceFile &file, const QDateTime &at)
{
    m_rows.add(m_table, {registrationId, QString::fromLatin1(kind), fileName, QString::fromLatin1(mime),
                         qint64(file.bytes.size()), file.sha256, wallClockText(at)});
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
