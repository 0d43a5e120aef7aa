// PgSeed: the orgs, exam batch, windows and registrations PostgreSQL tests start from.
#include "PgSeed.h"

#include "PgFixture.h"
#include "TestSupport.h"

namespace gme::test {

qint64 addOrg(QSqlDatabase owner, const QString &code, const QString &kind, qint64 parent, const QString &name)
{
    const bool base = kind == QLatin1String("base");
    return scalar(owner, QStringLiteral("INSERT INTO orgs (code, name, kind, parent_id, track) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                  {code, name.isEmpty() ? code : name, kind,
                   parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()),
                   base ? QVariant(QStringLiteral("resident")) : QVariant(QMetaType::fromType<QString>())})
        .toLongLong();
}

OneBase addOneBase(QSqlDatabase owner)
{
    OneBase org;
    org.province = addOrg(owner, QStringLiteral("P"), QStringLiteral("province"), 0);
    org.city = addOrg(owner, QStringLiteral("CA"), QStringLiteral("city"), org.province, QStringLiteral(u"甲市"));
    org.base = addOrg(owner, QStringLiteral("A1"), QStringLiteral("base"), org.city, QStringLiteral(u"甲市第一人民医院"));
    execSql(owner, QStringLiteral("INSERT INTO specialties (code, name, track) VALUES ('0100', ?, 'resident')"),
            {QStringLiteral(u"内科")});
    return org;
}

qint64 addExamBatch(QSqlDatabase owner)
{
    return scalar(owner, QStringLiteral("INSERT INTO exam_batches (name, year, track) VALUES ('2026', 2026, 'resident') RETURNING id"))
        .toLongLong();
}

void openEveryStage(QSqlDatabase owner, qint64 batch)
{
    execSql(owner, QStringLiteral(
        "INSERT INTO stage_windows (batch_id, stage, opens_at, closes_at) "
        "SELECT ?, s, to_char(localtimestamp - interval '1 day', 'YYYY-MM-DD\"T\"HH24:MI:SS'), "
        "to_char(localtimestamp + interval '1 day', 'YYYY-MM-DD\"T\"HH24:MI:SS') "
        "FROM unnest(ARRAY['registration', 'base_review', 'city_review', 'final_review']) s"), {batch});
}

QList<qint64> addRegistrations(QSqlDatabase owner, qint64 batch, qint64 base, int n, const QString &state)
{
    // One statement however many: the trainees' insert feeds the registrations' (numbered on from
    // the trainees already there, so repeated calls never collide).
    return ids(owner, QStringLiteral(
        "WITH known AS (SELECT count(*) AS k FROM trainees), "
        "t AS (INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
        "      SELECT 'T' || (k + g), '学员' || (k + g), 'F', 'social', 'resident', ?, '0100' "
        "      FROM known, generate_series(1, ?::int) g RETURNING id, base_id) "
        "INSERT INTO registrations (batch_id, trainee_id, base_id, state, submitted_at, updated_at) "
        "SELECT ?, id, base_id, ?, '2026-01-01T09:00:00', '2026-01-01T09:00:00' FROM t RETURNING id"),
        {base, n, batch, state});
}

} // namespace gme::test
