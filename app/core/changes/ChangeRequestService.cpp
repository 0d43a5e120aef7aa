#include "ChangeRequestService.h"

#include "Clock.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "domain/Catalog.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gme::changes {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Changes)
};

// 并轨专硕 keep their person type; the others may move between these three [seed 001 二.1].
const QStringList &changeablePersonTypes()
{
    static const QStringList types{QStringLiteral("面向社会招收"), QStringLiteral("本单位住院医师"),
                                   QStringLiteral("外单位委托培养")};
    return types;
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

ChangeRequestService::ChangeRequestService(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

QString ChangeRequestService::validate(const ChangeForm &form, QString *oldValue, QString *oldLabel, QString *newLabel) const
{
    if (m_user.role != Role::Base)
        return Text::tr("Only a training base files change requests");
    QSqlQuery t(m_db);
    prepareOrThrow(t, QStringLiteral("SELECT t.person_type, t.unit_id, u.name, t.specialty_code, s.name, t.base_id, b.name, "
                                     "t.training_status, t.track, t.training_start, t.training_end "
                                     "FROM trainees t JOIN specialties s ON s.code = t.specialty_code "
                                     "JOIN orgs b ON b.id = t.base_id LEFT JOIN orgs u ON u.id = t.unit_id "
                                     "WHERE t.id = ? AND t.base_id = ?"));
    t.addBindValue(form.traineeId);
    t.addBindValue(m_user.orgId);
    execOrThrow(t, "read trainee");
    if (!t.next())
        return Text::tr("Not found or not in your scope");
    if (form.reason.trimmed().isEmpty())
        return Text::tr("A change request needs a reason");
    const QString track = t.value(8).toString();

    QSqlQuery open(m_db);
    prepareOrThrow(open, QStringLiteral("SELECT 1 FROM change_requests WHERE trainee_id = ? AND kind = ? AND state = ?"));
    open.addBindValue(form.traineeId);
    open.addBindValue(kindCode(form.kind));
    open.addBindValue(kSubmitted);
    execOrThrow(open, "look for an open request");
    if (open.next())
        return Text::tr("A request of this kind for this trainee is still awaiting a decision");

    // The new value must name something real; its label is kept for the history.
    auto orgName = [&](const QString &id, const QStringList &kinds, QString *orgTrack) -> QString {
        QSqlQuery o(m_db);
        prepareOrThrow(o, QStringLiteral("SELECT name, kind, COALESCE(track, '') FROM orgs WHERE id = ?"));
        o.addBindValue(id.toLongLong());
        execOrThrow(o, "read organisation");
        if (!o.next() || !kinds.contains(o.value(1).toString()))
            return {};
        if (orgTrack)
            *orgTrack = o.value(2).toString();
        return o.value(0).toString();
    };

    switch (form.kind) {
    case ChangeKind::PersonType:
        *oldValue = *oldLabel = t.value(0).toString();
        if (!changeablePersonTypes().contains(*oldValue))
            return Text::tr("The person type %1 cannot be changed").arg(*oldValue);
        if (!changeablePersonTypes().contains(form.newValue))
            return Text::tr("A person type can only become one of: %1").arg(changeablePersonTypes().join(QStringLiteral("、")));
        *newLabel = form.newValue;
        break;
    case ChangeKind::Unit:
        *oldValue = t.value(1).isNull() ? QString() : QString::number(t.value(1).toLongLong());
        *oldLabel = t.value(2).toString();
        *newLabel = orgName(form.newValue, {QStringLiteral("unit"), QStringLiteral("base")}, nullptr);
        if (newLabel->isEmpty())
            return Text::tr("Unknown sending unit");
        break;
    case ChangeKind::Specialty: {
        *oldValue = t.value(3).toString();
        *oldLabel = t.value(4).toString();
        QSqlQuery s(m_db);
        prepareOrThrow(s, QStringLiteral("SELECT name FROM specialties WHERE code = ? AND track = ?"));
        s.addBindValue(form.newValue);
        s.addBindValue(track);
        execOrThrow(s, "read specialty");
        if (!s.next())
            return Text::tr("Unknown specialty on this track");
        *newLabel = s.value(0).toString();
        break;
    }
    case ChangeKind::Base: {
        *oldValue = QString::number(t.value(5).toLongLong());
        *oldLabel = t.value(6).toString();
        // Only trainees who started this year change base; later, the old base withdraws them
        // and the new base admits them again [seed 001 二.1].
        const QDate start = QDate::fromString(t.value(9).toString(), Qt::ISODate);
        if (!start.isValid() || start.year() != m_clock.now().date().year())
            return Text::tr("Only trainees who started training this year can change base; "
                            "otherwise the base withdraws them and the new base admits them again");
        QString baseTrack;
        *newLabel = orgName(form.newValue, {QStringLiteral("base")}, &baseTrack);
        if (newLabel->isEmpty() || baseTrack != track)
            return Text::tr("Unknown training base on this track");
        break;
    }
    case ChangeKind::Status: {
        *oldValue = t.value(7).toString();
        *oldLabel = statusName(*oldValue);
        if (form.newValue != kWithdrawn && form.newValue != kSuspended && form.newValue != kExtended)
            return Text::tr("Unknown training status");
        if (!form.startsOn.isValid())
            return Text::tr("A status change needs the date it takes effect");
        if (form.newValue != kWithdrawn && (!form.endsOn.isValid() || form.endsOn <= form.startsOn))
            return Text::tr("A suspension or extension needs an end date after its start");
        const QDate end = QDate::fromString(t.value(10).toString(), Qt::ISODate);
        if (form.newValue == kExtended && end.isValid() && form.endsOn <= end)
            return Text::tr("An extension must end after the current end of training (%1)").arg(end.toString(Qt::ISODate));
        *newLabel = statusName(form.newValue);
        break;
    }
    }
    if (form.kind != ChangeKind::Status && form.newValue == *oldValue)
        return Text::tr("The new value is the same as the current one");
    return {};
}

qint64 ChangeRequestService::file(const ChangeForm &form, QString *error)
{
    Transaction tx(m_db, Transaction::Mode::Immediate);
    QString oldValue, oldLabel, newLabel;
    const QString problem = validate(form, &oldValue, &oldLabel, &newLabel);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    const QString now = toDbTime(m_clock.now());
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO change_requests (trainee_id, base_id, kind, old_value, new_value, "
                                     "old_label, new_label, reason, starts_on, ends_on, state, filed_by, submitted_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(form.traineeId);
    q.addBindValue(m_user.orgId);
    q.addBindValue(kindCode(form.kind));
    q.addBindValue(oldValue.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(oldValue));
    q.addBindValue(form.newValue);
    q.addBindValue(oldLabel);
    q.addBindValue(newLabel);
    q.addBindValue(form.reason.trimmed());
    q.addBindValue(dateOrNull(form.kind == ChangeKind::Status ? form.startsOn : QDate()));
    q.addBindValue(dateOrNull(form.kind == ChangeKind::Status ? form.endsOn : QDate()));
    q.addBindValue(kSubmitted);
    q.addBindValue(m_user.id);
    q.addBindValue(now);
    q.addBindValue(now);
    execOrThrow(q, "file change request");
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();

    QSqlQuery log(m_db);
    prepareOrThrow(log, QStringLiteral("INSERT INTO change_request_decisions (change_request_id, user_id, stage, action, "
                                       "from_state, to_state, reason, decided_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?)"));
    log.addBindValue(id);
    log.addBindValue(m_user.id);
    log.addBindValue(QStringLiteral("filing"));
    log.addBindValue(QStringLiteral("file"));
    log.addBindValue(kSubmitted);
    log.addBindValue(form.reason.trimmed());
    log.addBindValue(now);
    execOrThrow(log, "log change request");
    tx.commit();
    return id;
}

QList<TraineeSummary> ChangeRequestService::trainees() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT t.id, t.name, t.id_number, t.person_type, s.name, t.training_status "
                                     "FROM trainees t JOIN specialties s ON s.code = t.specialty_code "
                                     "WHERE t.base_id = ? ORDER BY t.name"));
    q.addBindValue(m_user.role == Role::Base ? m_user.orgId : -1);
    execOrThrow(q, "read trainees");
    QList<TraineeSummary> out;
    while (q.next())
        out.append(TraineeSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

QList<std::pair<QString, QString>> ChangeRequestService::choices(ChangeKind kind, qint64 traineeId) const
{
    QList<std::pair<QString, QString>> out;
    auto fill = [&](const QString &sql, const QVariantList &binds) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        prepareOrThrow(q, sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        execOrThrow(q, "read change choices");
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString()});
    };
    switch (kind) {
    case ChangeKind::PersonType:
        for (const QString &t : changeablePersonTypes())
            out.append({t, t});
        break;
    case ChangeKind::Unit:
        fill(QStringLiteral("SELECT CAST(id AS TEXT), name FROM orgs WHERE kind IN ('unit', 'base') ORDER BY name"), {});
        break;
    case ChangeKind::Specialty:
        fill(QStringLiteral("SELECT s.code, s.name FROM specialties s JOIN trainees t ON t.track = s.track "
                            "WHERE t.id = ? ORDER BY s.code"), {traineeId});
        break;
    case ChangeKind::Base:
        fill(QStringLiteral("SELECT CAST(o.id AS TEXT), o.name FROM orgs o JOIN trainees t ON t.track = o.track "
                            "WHERE t.id = ? AND o.kind = 'base' AND o.id <> t.base_id ORDER BY o.name"), {traineeId});
        break;
    case ChangeKind::Status:
        for (const QString &s : {kWithdrawn, kSuspended, kExtended})
            out.append({s, statusName(s)});
        break;
    }
    return out;
}

} // namespace gme::changes
