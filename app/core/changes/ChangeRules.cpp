#include "ChangeRules.h"

#include "ChangeWorkflow.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gme::changes {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Changes)
};

struct Request
{
    qint64 trainee = 0;
    QString kind;
    QString oldValue;
    QString newValue;
    QString startsOn;
    QString endsOn;
    QString current; // the trainee's value now
};

// The trainee's column a kind changes, as text (fixed SQL, chosen by kind).
QString currentValueSql()
{
    return QStringLiteral("CASE r.kind WHEN 'person_type' THEN t.person_type "
                          "WHEN 'unit' THEN CAST(t.unit_id AS TEXT) "
                          "WHEN 'specialty' THEN t.specialty_code "
                          "WHEN 'base' THEN CAST(t.base_id AS TEXT) "
                          "ELSE t.training_status END");
}

std::optional<Request> load(QSqlDatabase db, qint64 id)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("SELECT r.trainee_id, r.kind, r.old_value, r.new_value, r.starts_on, r.ends_on, %1 "
                                     "FROM change_requests r JOIN trainees t ON t.id = r.trainee_id WHERE r.id = ?")
                          .arg(currentValueSql()));
    q.addBindValue(id);
    execOrThrow(q, "read change request");
    if (!q.next())
        return std::nullopt;
    return Request{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
}

void exec(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    prepareOrThrow(q, sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    execOrThrow(q, "apply change request");
}

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }

} // namespace

void ChangeRules::check(const RuleContext &ctx, const BatchRequest &request, const QVector<Step> &moves,
                        QList<ManifestRow> &rows) const
{
    Q_UNUSED(moves)
    if (request.code() != kApprove)
        return;
    for (ManifestRow &row : rows) {
        if (row.problem != RowProblem::None)
            continue;
        const std::optional<Request> r = load(ctx.db, row.registrationId);
        if (r && r->current != r->oldValue) {
            row.problem = RowProblem::RuleBroken;
            row.note = Text::tr("The trainee's record changed since the request was filed; the base must file it again");
        }
    }
}

void ChangeRules::afterMove(const RuleContext &ctx, qint64 itemId, const Step &move, const QString &reason) const
{
    Q_UNUSED(reason)
    if (move.action != kApprove)
        return;
    const std::optional<Request> r = load(ctx.db, itemId);
    if (!r)
        throw DbError(QStringLiteral("change request %1 vanished").arg(itemId));
    switch (kindFromCode(r->kind).value_or(ChangeKind::Status)) {
    case ChangeKind::PersonType:
        exec(ctx.db, QStringLiteral("UPDATE trainees SET person_type = ? WHERE id = ?"), {r->newValue, r->trainee});
        break;
    case ChangeKind::Unit:
        exec(ctx.db, QStringLiteral("UPDATE trainees SET unit_id = ? WHERE id = ?"), {r->newValue.toLongLong(), r->trainee});
        break;
    case ChangeKind::Specialty:
        exec(ctx.db, QStringLiteral("UPDATE trainees SET specialty_code = ? WHERE id = ?"), {r->newValue, r->trainee});
        break;
    case ChangeKind::Base:
        exec(ctx.db, QStringLiteral("UPDATE trainees SET base_id = ? WHERE id = ?"), {r->newValue.toLongLong(), r->trainee});
        break;
    case ChangeKind::Status:
        exec(ctx.db, QStringLiteral("UPDATE trainees SET training_status = ?, status_since = ?, status_until = ? WHERE id = ?"),
             {r->newValue, nullable(r->startsOn), nullable(r->endsOn), r->trainee});
        if (r->newValue == kExtended) // 延期: the training now ends later
            exec(ctx.db, QStringLiteral("UPDATE trainees SET training_end = ? WHERE id = ?"), {r->endsOn, r->trainee});
        break;
    }
}

} // namespace gme::changes
