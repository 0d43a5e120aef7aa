#include "RecruitmentService.h"

#include "Clock.h"
#include "RecruitmentWorkflow.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "domain/Catalog.h"
#include "domain/IdNumber.h"
#include "review/ReviewEngine.h"
#include "review/Scope.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace gme::recruit {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Recruitment)
};

QVariant nullable(const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); }
} // namespace

RecruitmentService::RecruitmentService(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

QString RecruitmentService::validate(const ApplicationForm &form) const
{
    if (m_user.role != Role::Base && m_user.role != Role::Provincial)
        return Text::tr("Only a base or the provincial office can enter applications");
    if (m_user.role == Role::Base && form.baseId != m_user.orgId)
        return Text::tr("A base enters applications to itself only");
    if (form.name.trimmed().isEmpty())
        return Text::tr("The name is missing");
    if (form.idType == QLatin1String("01")) {
        const IdCheck id = checkResidentId(form.idNumber);
        if (!id.ok())
            return idProblemText(id.problem);
    } else if (form.idNumber.trimmed().isEmpty()) {
        return Text::tr("The ID number is missing");
    }
    if (form.gender != QLatin1String("M") && form.gender != QLatin1String("F"))
        return Text::tr("The gender must be male or female");
    if (!knownPersonTypes().contains(form.personType))
        return Text::tr("Unknown person type: %1").arg(form.personType);
    if (form.choices.isEmpty() || form.choices.size() > 3)
        return Text::tr("An application names one to three specialties");
    if (QSet<QString>(form.choices.cbegin(), form.choices.cend()).size() != form.choices.size())
        return Text::tr("The same specialty is chosen twice");

    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT rr.track, rr.status, o.track FROM recruitment_rounds rr, orgs o "
                                     "WHERE rr.id = ? AND o.id = ? AND o.kind = 'base'"));
    q.addBindValue(form.roundId);
    q.addBindValue(form.baseId);
    execOrThrow(q, "read round and base");
    if (!q.next())
        return Text::tr("Unknown recruitment round or base");
    if (q.value(1).toString() != QLatin1String("open"))
        return Text::tr("This recruitment round is closed");
    if (q.value(0).toString() != q.value(2).toString())
        return Text::tr("This base does not train the round's track");
    const QString track = q.value(0).toString();
    for (const QString &code : form.choices) {
        QSqlQuery s(m_db);
        prepareOrThrow(s, QStringLiteral("SELECT track FROM specialties WHERE code = ?"));
        s.addBindValue(code);
        execOrThrow(s, "read specialty");
        if (!s.next() || s.value(0).toString() != track)
            return Text::tr("Specialty %1 is not offered on this track").arg(code);
    }
    QSqlQuery dup(m_db);
    prepareOrThrow(dup, QStringLiteral("SELECT 1 FROM applications WHERE round_id = ? AND id_type = ? AND id_number = ?"));
    dup.addBindValue(form.roundId);
    dup.addBindValue(form.idType);
    dup.addBindValue(checkResidentId(form.idNumber).ok() ? checkResidentId(form.idNumber).normalized : form.idNumber.trimmed());
    execOrThrow(dup, "look for an earlier application");
    if (dup.next())
        return Text::tr("This person already applied in this round (one base per round)");
    return {};
}

qint64 RecruitmentService::submitApplication(const ApplicationForm &form, QString *error)
{
    Transaction tx(m_db, Transaction::Mode::Immediate);
    const QString problem = validate(form);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return 0;
    }
    const IdCheck id = checkResidentId(form.idNumber);
    const QString idNumber = form.idType == QLatin1String("01") ? id.normalized : form.idNumber.trimmed();
    const QString now = toDbTime(m_clock.now());
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO applications (round_id, base_id, id_type, id_number, name, gender, "
                                     "person_type, phone, choice1, choice2, choice3, obey_adjustment, state, "
                                     "submitted_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "RETURNING id"));
    q.addBindValue(form.roundId);
    q.addBindValue(form.baseId);
    q.addBindValue(form.idType);
    q.addBindValue(idNumber);
    q.addBindValue(form.name.trimmed());
    q.addBindValue(form.gender);
    q.addBindValue(form.personType);
    q.addBindValue(nullable(form.phone.trimmed()));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(nullable(form.choices.value(i)));
    q.addBindValue(form.obeyAdjustment ? 1 : 0);
    q.addBindValue(kApplied);
    q.addBindValue(now);
    q.addBindValue(now);
    execOrThrow(q, "insert application");
    q.next();
    const qint64 newId = q.value(0).toLongLong();
    q.finish();

    QSqlQuery log(m_db);
    prepareOrThrow(log, QStringLiteral("INSERT INTO application_decisions (application_id, user_id, stage, action, "
                                       "from_state, to_state, decided_at) VALUES (?, ?, ?, ?, NULL, ?, ?)"));
    log.addBindValue(newId);
    log.addBindValue(m_user.id);
    log.addBindValue(QStringLiteral("application"));
    log.addBindValue(QStringLiteral("submit"));
    log.addBindValue(kApplied);
    log.addBindValue(now);
    execOrThrow(log, "log application");
    tx.commit();
    return newId;
}

QString RecruitmentService::changeAdmittedSpecialty(qint64 applicationId, int version, const QString &specialtyCode)
{
    if (m_user.role != Role::Base)
        return Text::tr("Only the base changes an admitted specialty");
    Transaction tx(m_db, Transaction::Mode::Immediate);
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("a.base_id"));
    QSqlQuery q(m_db);
    prepareOrThrow(q, QStringLiteral("SELECT a.version, a.state, a.choice1, a.choice2, a.choice3, a.obey_adjustment, "
                                     "a.round_id, a.base_id, COALESCE(a.admitted_specialty, a.choice1) "
                                     "FROM applications a WHERE a.id = ? AND ") + scope.clause);
    q.addBindValue(applicationId);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "read application");
    if (!q.next())
        return Text::tr("Not found or not in your scope");
    if (q.value(0).toInt() != version)
        return Text::tr("Changed by someone else since you loaded it; reload and check again");
    const QString state = q.value(1).toString();
    if (state != kPreAdmitted && state != kAdmitted)
        return Text::tr("The specialty can be changed only before the result is sent (withdraw a sent result first)");
    const QStringList choices{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    const bool obeys = q.value(5).toInt() != 0;
    const qint64 round = q.value(6).toLongLong();
    const qint64 base = q.value(7).toLongLong();
    const QString before = q.value(8).toString();
    q.finish();

    QSqlQuery plan(m_db);
    prepareOrThrow(plan, QStringLiteral("SELECT quota FROM admission_plans WHERE round_id = ? AND base_id = ? AND specialty_code = ?"));
    plan.addBindValue(round);
    plan.addBindValue(base);
    plan.addBindValue(specialtyCode);
    execOrThrow(plan, "read admission plan");
    const bool planned = plan.next();
    const int quota = planned ? plan.value(0).toInt() : 0;
    plan.finish();
    if (!choices.contains(specialtyCode) && !obeys)
        return Text::tr("The applicant did not choose this specialty and does not obey adjustment");
    if (!planned)
        return Text::tr("This base has no plan for that specialty");
    if (state == kAdmitted) {
        const QStringList holding = placeHoldingStates();
        QSqlQuery used(m_db);
        prepareOrThrow(used, QStringLiteral("SELECT COUNT(*) FROM applications WHERE round_id = ? AND base_id = ? "
                                            "AND admitted_specialty = ? AND id <> ? AND state IN (%1)")
                                 .arg(placeholders(int(holding.size()))));
        used.addBindValue(round);
        used.addBindValue(base);
        used.addBindValue(specialtyCode);
        used.addBindValue(applicationId);
        for (const QString &s : holding)
            used.addBindValue(s);
        execOrThrow(used, "count admitted places");
        if (used.next() && used.value(0).toInt() >= quota)
            return Text::tr("The plan for this specialty is full (%1 places)").arg(quota);
    }

    const QString now = toDbTime(m_clock.now());
    QSqlQuery update(m_db);
    prepareOrThrow(update, QStringLiteral("UPDATE applications SET admitted_specialty = ?, version = version + 1, "
                                          "updated_at = ? WHERE id = ? AND version = ?"));
    update.addBindValue(specialtyCode);
    update.addBindValue(now);
    update.addBindValue(applicationId);
    update.addBindValue(version);
    execOrThrow(update, "change admitted specialty");
    QSqlQuery log(m_db);
    prepareOrThrow(log, QStringLiteral("INSERT INTO application_decisions (application_id, user_id, stage, action, "
                                       "from_state, to_state, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    log.addBindValue(applicationId);
    log.addBindValue(m_user.id);
    log.addBindValue(kStageAdmission);
    log.addBindValue(kChangeSpecialty);
    log.addBindValue(state);
    log.addBindValue(state);
    log.addBindValue(QStringLiteral("%1 → %2").arg(before, specialtyCode)); // before and after, as codes
    log.addBindValue(now);
    execOrThrow(log, "log specialty change");
    tx.commit();
    return {};
}

QList<QList<BatchRow>> RecruitmentService::splitIntoSendGroups(const QList<BatchRow> &rows)
{
    QList<QList<BatchRow>> groups;
    for (qsizetype start = 0; start < rows.size(); start += kSendGroupSize)
        groups.append(rows.mid(start, kSendGroupSize));
    return groups;
}

SendOutcome RecruitmentService::send(const QList<BatchRow> &rows)
{
    SendOutcome out;
    out.groups = splitIntoSendGroups(rows);
    QList<BatchRequest> requests;
    for (const QList<BatchRow> &g : std::as_const(out.groups)) {
        BatchRequest r;
        r.rows = g;
        r.customAction = kSend;
        requests.append(r);
    }
    if (requests.isEmpty()) {
        out.result.check.problem = BatchProblem::Empty;
        return out;
    }
    out.result = ReviewEngine(m_db, m_user, workflow(), m_clock).applyAll(requests);
    return out;
}

QList<PlanUse> RecruitmentService::plans(qint64 roundId) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("p.base_id"));
    const QStringList holding = placeHoldingStates();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT p.base_id, o.name, p.specialty_code, s.name, p.quota, "
                                     "(SELECT COUNT(*) FROM applications a WHERE a.round_id = p.round_id "
                                     "AND a.base_id = p.base_id AND a.admitted_specialty = p.specialty_code "
                                     "AND a.state IN (%1)) "
                                     "FROM admission_plans p JOIN orgs o ON o.id = p.base_id "
                                     "JOIN specialties s ON s.code = p.specialty_code "
                                     "WHERE p.round_id = ? AND %2 ORDER BY o.name, p.specialty_code")
                          .arg(placeholders(int(holding.size())), scope.clause));
    int bind = 0;
    for (const QString &s : holding)
        q.bindValue(bind++, s);
    q.bindValue(bind++, roundId);
    for (const QVariant &v : scope.binds)
        q.bindValue(bind++, v);
    execOrThrow(q, "read admission plans");
    QList<PlanUse> out;
    while (q.next())
        out.append(PlanUse{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toInt(), q.value(5).toInt()});
    return out;
}

std::pair<qint64, QString> RecruitmentService::latestOpenRound(QSqlDatabase db)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("SELECT id, name FROM recruitment_rounds WHERE status = 'open' ORDER BY year DESC, id DESC LIMIT 1"));
    execOrThrow(q, "read recruitment rounds");
    if (!q.next())
        return {0, QString()};
    return {q.value(0).toLongLong(), q.value(1).toString()};
}

QList<std::pair<QString, QString>> RecruitmentService::admissibleSpecialties(qint64 applicationId) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("a.base_id"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT s.code, s.name FROM applications a "
                                     "JOIN admission_plans p ON p.round_id = a.round_id AND p.base_id = a.base_id "
                                     "JOIN specialties s ON s.code = p.specialty_code "
                                     "WHERE a.id = ? AND %1 AND (a.obey_adjustment = 1 OR p.specialty_code IN "
                                     "(a.choice1, COALESCE(a.choice2, ''), COALESCE(a.choice3, ''))) ORDER BY s.code")
                          .arg(scope.clause));
    q.addBindValue(applicationId);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "read admissible specialties");
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace gme::recruit
