#include "RecruitmentFixture.h"

#include "review/ReviewBatch.h"

namespace gme::test {

RecruitmentFixture::RecruitmentFixture(TestDb &t) : m_t(t)
{
    m_round = scalar(t.db(), QStringLiteral("INSERT INTO recruitment_rounds (name, year, track) VALUES (?, 2023, 'resident') "
                                            "RETURNING id"),
                     {QStringLiteral(u"2023年住院医师招录")})
                  .toLongLong();
    const QDateTime from = t.clock().now().addYears(-1);
    const QDateTime to = t.clock().now().addYears(1);
    for (const char *stage : {"pre_audit", "admission", "confirmation", "city_confirmation", "report_in"})
        setWindow(QString::fromLatin1(stage), from, to);
    for (qint64 base : {t.p().baseA1, t.p().baseA2, t.p().baseB1})
        for (const QString &s : {t.p().specialtyCode, t.p().otherSpecialtyCode})
            setPlan(base, s, 50);
}

qint64 RecruitmentFixture::addApplication(qint64 baseId, const QString &state, const QStringList &choices,
                                          bool obeyAdjustment, const QDateTime &sentAt, const QString &admitted)
{
    const int n = m_next++;
    const QStringList c = choices.isEmpty() ? QStringList{m_t.p().specialtyCode} : choices;
    const QString now = toDbTime(m_t.clock().now());
    const QVariant nullText(QMetaType::fromType<QString>());
    const bool placed = state == QLatin1String("admitted") || state == QLatin1String("sent")
        || state == QLatin1String("accepted") || state == QLatin1String("confirmed") || state == QLatin1String("reported")
        || state == QLatin1String("not_reported");
    const QString admittedTo = !admitted.isEmpty() ? admitted : (placed ? c.first() : QString());
    return scalar(m_t.db(),
                  QStringLiteral("INSERT INTO applications (round_id, base_id, id_number, name, gender, person_type, "
                                 "choice1, choice2, choice3, obey_adjustment, admitted_specialty, state, sent_at, "
                                 "submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {m_round, baseId, TestDb::residentId(n), QStringLiteral(u"考生%1").arg(n),
                   n % 2 ? QStringLiteral("M") : QStringLiteral("F"), QStringLiteral(u"面向社会招收"), c.value(0),
                   c.size() > 1 ? QVariant(c.at(1)) : nullText, c.size() > 2 ? QVariant(c.at(2)) : nullText,
                   obeyAdjustment ? 1 : 0, admittedTo.isEmpty() ? nullText : QVariant(admittedTo), state,
                   sentAt.isValid() ? QVariant(toDbTime(sentAt)) : nullText, now, now})
        .toLongLong();
}

void RecruitmentFixture::setPlan(qint64 baseId, const QString &specialty, int quota)
{
    execSql(m_t.db(), QStringLiteral("DELETE FROM admission_plans WHERE round_id = ? AND base_id = ? AND specialty_code = ?"),
            {m_round, baseId, specialty});
    execSql(m_t.db(), QStringLiteral("INSERT INTO admission_plans (round_id, base_id, specialty_code, quota) VALUES (?, ?, ?, ?)"),
            {m_round, baseId, specialty, quota});
}

void RecruitmentFixture::setWindow(const QString &stage, const QDateTime &opens, const QDateTime &closes)
{
    execSql(m_t.db(), QStringLiteral("DELETE FROM recruitment_windows WHERE round_id = ? AND stage = ?"), {m_round, stage});
    execSql(m_t.db(), QStringLiteral("INSERT INTO recruitment_windows (round_id, stage, opens_at, closes_at) VALUES (?, ?, ?, ?)"),
            {m_round, stage, toDbTime(opens), toDbTime(closes)});
}

QString RecruitmentFixture::stateOf(qint64 id) const
{
    return scalar(m_t.db(), QStringLiteral("SELECT state FROM applications WHERE id = ?"), {id}).toString();
}

int RecruitmentFixture::versionOf(qint64 id) const
{
    return scalar(m_t.db(), QStringLiteral("SELECT version FROM applications WHERE id = ?"), {id}).toInt();
}

int RecruitmentFixture::decisionCount(qint64 id) const
{
    return scalar(m_t.db(), QStringLiteral("SELECT COUNT(*) FROM application_decisions WHERE application_id = ?"), {id}).toInt();
}

QList<BatchRow> RecruitmentFixture::rowsOf(const QList<qint64> &ids) const
{
    QList<BatchRow> rows;
    for (qint64 id : ids)
        rows.append(BatchRow{id, versionOf(id)});
    return rows;
}

} // namespace gme::test
