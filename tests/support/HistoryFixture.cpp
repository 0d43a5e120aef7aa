#include "HistoryFixture.h"

#include "TestSupport.h"

#include "Clock.h"

#include <QCryptographicHash>

namespace gme::test {
namespace {

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

const QString kCreated = QStringLiteral("2026-01-01T09:00:00");

} // namespace

HistorySeeder::HistorySeeder(QSqlDatabase db, QString specialtyCode, int firstNumber)
    : m_db(std::move(db)), m_specialty(std::move(specialtyCode)), m_next(firstNumber)
{
}

QStringList HistorySeeder::flowCodes()
{
    return {QStringLiteral("completion_exam"), QStringLiteral("recruitment"), QStringLiteral("change_request"),
            QStringLiteral("training_years_reduction"), QStringLiteral("teacher_review")};
}

qint64 HistorySeeder::insert(const QString &sql, const QVariantList &binds)
{
    return scalar(m_db, sql + QStringLiteral(" RETURNING id"), binds).toLongLong();
}

qint64 HistorySeeder::newTrainee(qint64 baseId, const QString &name)
{
    return insert(QStringLiteral("INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
                                 "VALUES (?, ?, 'F', 'social', 'resident', ?, ?)"),
                  {m_lastIdNumber, name, baseId, m_specialty});
}

qint64 HistorySeeder::examBatch()
{
    if (!m_examBatch)
        m_examBatch = scalar(m_db, QStringLiteral("SELECT id FROM exam_batches WHERE year = 2031 AND track = 'resident'")).toLongLong();
    if (!m_examBatch)
        m_examBatch = insert(QStringLiteral("INSERT INTO exam_batches (name, year, track) VALUES ('history', 2031, 'resident')"), {});
    return m_examBatch;
}

qint64 HistorySeeder::recruitmentRound()
{
    if (!m_round)
        m_round = scalar(m_db, QStringLiteral("SELECT MIN(id) FROM recruitment_rounds WHERE name = 'history'")).toLongLong();
    if (!m_round)
        m_round = insert(QStringLiteral("INSERT INTO recruitment_rounds (name, year, track) VALUES ('history', 2031, 'resident')"), {});
    return m_round;
}

qint64 HistorySeeder::department(qint64 baseId)
{
    const QVariant existing = scalar(m_db, QStringLiteral("SELECT MIN(id) FROM departments WHERE base_id = ?"), {baseId});
    if (!existing.isNull())
        return existing.toLongLong();
    return insert(QStringLiteral("INSERT INTO departments (base_id, name) VALUES (?, 'history')"), {baseId});
}

qint64 HistorySeeder::decide(const QString &flowCode, qint64 baseId, const QString &name, qint64 userId,
                             const QDateTime &at, const QString &reason)
{
    m_lastIdNumber = TestDb::residentId(m_next++);
    const QString when = toDbTime(at);
    if (flowCode == QLatin1String("completion_exam")) {
        const qint64 trainee = newTrainee(baseId, name);
        const qint64 reg = insert(QStringLiteral("INSERT INTO registrations (batch_id, trainee_id, base_id, state, submitted_at, "
                                                 "updated_at) VALUES (?, ?, ?, 'base_passed', ?, ?)"),
                                  {examBatch(), trainee, baseId, kCreated, kCreated});
        return insert(QStringLiteral("INSERT INTO decisions (registration_id, user_id, stage, action, from_state, to_state, "
                                     "reason, decided_at) VALUES (?, ?, 'base_review', 'pass', 'submitted', 'base_passed', ?, ?)"),
                      {reg, userId, orNull(reason), when});
    }
    if (flowCode == QLatin1String("recruitment")) {
        const qint64 app = insert(QStringLiteral("INSERT INTO applications (round_id, base_id, id_number, name, gender, person_type, "
                                                 "choice1, state, submitted_at, updated_at) "
                                                 "VALUES (?, ?, ?, ?, 'M', 'social', ?, 'pre_admitted', ?, ?)"),
                                  {recruitmentRound(), baseId, m_lastIdNumber, name, m_specialty, kCreated, kCreated});
        return insert(QStringLiteral("INSERT INTO application_decisions (application_id, user_id, stage, action, from_state, "
                                     "to_state, reason, decided_at) VALUES (?, ?, 'pre_audit', 'pre_admit', 'applied', "
                                     "'pre_admitted', ?, ?)"),
                      {app, userId, orNull(reason), when});
    }
    if (flowCode == QLatin1String("change_request")) {
        const qint64 trainee = newTrainee(baseId, name);
        const qint64 req = insert(QStringLiteral("INSERT INTO change_requests (trainee_id, base_id, kind, new_value, new_label, "
                                                 "reason, state, submitted_at, updated_at) "
                                                 "VALUES (?, ?, 'status', 'suspended', 'suspended', 'x', 'approved', ?, ?)"),
                                  {trainee, baseId, kCreated, kCreated});
        return insert(QStringLiteral("INSERT INTO change_request_decisions (change_request_id, user_id, stage, action, from_state, "
                                     "to_state, reason, decided_at) VALUES (?, ?, 'decision', 'approve', 'submitted', "
                                     "'approved', ?, ?)"),
                      {req, userId, orNull(reason), when});
    }
    if (flowCode == QLatin1String("training_years_reduction")) {
        if (m_proofSha.isEmpty()) {
            const QByteArray proof = "%PDF-1.4 history proof";
            m_proofSha = QString::fromLatin1(QCryptographicHash::hash(proof, QCryptographicHash::Sha256).toHex());
            execSql(m_db, QStringLiteral("INSERT INTO evidence_blobs (sha256, content) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                    {m_proofSha, proof});
        }
        const qint64 trainee = newTrainee(baseId, name);
        const qint64 req = insert(QStringLiteral("INSERT INTO reduction_requests (trainee_id, base_id, from_years, to_years, reason, "
                                                 "proof_file_name, proof_size, proof_sha256, state, filed_at, updated_at) "
                                                 "VALUES (?, ?, 3, 2, 'x', 'proof.pdf', 22, ?, 'base_passed', ?, ?)"),
                                  {trainee, baseId, m_proofSha, kCreated, kCreated});
        return insert(QStringLiteral("INSERT INTO reduction_decisions (request_id, user_id, stage, action, from_state, to_state, "
                                     "reason, decided_at) VALUES (?, ?, 'base_review', 'pass', 'submitted', 'base_passed', ?, ?)"),
                      {req, userId, orNull(reason), when});
    }
    if (flowCode == QLatin1String("teacher_review")) {
        const qint64 teacher = insert(QStringLiteral("INSERT INTO teachers (base_id, department_id, name, id_number, title, "
                                                     "attending_since, state, updated_at) "
                                                     "VALUES (?, ?, ?, ?, 'attending', '2010-01-01', 'recommended', ?)"),
                                      {baseId, department(baseId), name, m_lastIdNumber, kCreated});
        return insert(QStringLiteral("INSERT INTO teacher_decisions (teacher_id, user_id, stage, action, from_state, to_state, "
                                     "reason, decided_at) VALUES (?, ?, 'teacher_review', 'recommend', 'registered', "
                                     "'recommended', ?, ?)"),
                      {teacher, userId, orNull(reason), when});
    }
    throw std::runtime_error("HistorySeeder: unknown flow " + flowCode.toStdString());
}

} // namespace gme::test
