// The reduction review as a workflow of the one review engine (review/Workflow.h).
#include "ReductionRequests.h"

#include "TrainingYears.h"
#include "Clock.h"
#include "db/DbError.h"
#include "review/WorkflowRules.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::TrainingYears)
};

// The province's pass: the trainee's years and end date change now, and only now, inside the
// engine's transaction.
class ReductionRules final : public WorkflowRules
{
public:
    void afterMove(const RuleContext &ctx, qint64 itemId, const Step &move, const QString &) const override
    {
        if (move.to != stateCode(State::FinalPassed))
            return;
        QSqlQuery q(ctx.db);
        prepareOrThrow(q, QStringLiteral("SELECT t.id, t.training_start, rr.to_years FROM reduction_requests rr "
                                         "JOIN trainees t ON t.id = rr.trainee_id WHERE rr.id = ?"));
        q.addBindValue(itemId);
        execOrThrow(q, "reduction to apply");
        if (!q.next())
            throw DbError(QStringLiteral("reduction request %1 vanished").arg(itemId));
        const qint64 traineeId = q.value(0).toLongLong();
        const QDate start = QDate::fromString(q.value(1).toString().left(10), Qt::ISODate);
        const int years = q.value(2).toInt();
        q.finish();
        const QDate end = trainingEndFor(start, years);
        QSqlQuery u(ctx.db);
        prepareOrThrow(u, QStringLiteral("UPDATE trainees SET training_years = ?, training_end = ? WHERE id = ?"));
        u.addBindValue(years);
        u.addBindValue(end.isValid() ? QVariant(end.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
        u.addBindValue(traineeId);
        execOrThrow(u, "apply reduction");
        QSqlQuery a(ctx.db);
        prepareOrThrow(a, QStringLiteral("UPDATE reduction_requests SET applied_at = ? WHERE id = ?"));
        a.addBindValue(toDbTime(ctx.now));
        a.addBindValue(itemId);
        execOrThrow(a, "mark reduction applied");
    }
};

WorkflowSpec spec()
{
    const QString submitted = stateCode(State::Submitted), basePassed = stateCode(State::BasePassed),
                  cityPassed = stateCode(State::CityPassed), finalPassed = stateCode(State::FinalPassed),
                  rejected = stateCode(State::Rejected), returned = stateCode(State::Returned);
    const QString pass = actionCode(Action::Pass), reject = actionCode(Action::Reject), ret = actionCode(Action::Return);
    const QString base = stageCode(Stage::BaseReview), city = stageCode(Stage::CityReview), final = stageCode(Stage::FinalReview);
    WorkflowSpec s;
    s.code = QStringLiteral("training_years_reduction");
    s.title = Text::tr("Training-years reductions");
    s.steps = {
        {Role::Base, base, submitted, pass, basePassed, false, false},
        {Role::Base, base, submitted, reject, rejected, true, false},
        {Role::Base, base, submitted, ret, returned, true, false},
        {Role::Municipal, city, basePassed, pass, cityPassed, false, false},
        {Role::Municipal, city, basePassed, reject, rejected, true, false},
        {Role::Municipal, city, basePassed, ret, returned, true, false},
        {Role::Provincial, final, cityPassed, pass, finalPassed, false, false},
        {Role::Provincial, final, cityPassed, reject, rejected, true, false},
        {Role::Provincial, final, cityPassed, ret, returned, true, false},
    };
    s.storage.table = QStringLiteral("reduction_requests");
    s.storage.personJoin = QStringLiteral("JOIN trainees t ON t.id = r.trainee_id");
    s.storage.scopeColumn = QStringLiteral("r.base_id");
    s.storage.windowKeyColumn = QString(); // reductions are reviewed all year
    s.storage.decisionTable = QStringLiteral("reduction_decisions");
    s.storage.decisionItemColumn = QStringLiteral("request_id");
    s.storage.extraJoins = QStringLiteral("JOIN orgs b ON b.id = r.base_id JOIN specialties s ON s.code = t.specialty_code");
    s.reviewActions = {pass, reject, ret};
    s.columns = {
        {QStringLiteral("base"), Text::tr("Base"), QStringLiteral("b.name"), {}},
        {QStringLiteral("specialty"), Text::tr("Specialty"), QStringLiteral("s.name"), {}},
        {QStringLiteral("years"), Text::tr("Years"), QStringLiteral("r.from_years || ' → ' || r.to_years"), {}},
        {QStringLiteral("start"), Text::tr("Training start"), QStringLiteral("COALESCE(t.training_start, '')"), {}},
        {QStringLiteral("reason"), Text::tr("Reason"), QStringLiteral("r.reason"), {}},
        {QStringLiteral("proof"), Text::tr("Proof"), QStringLiteral("r.proof_file_name"), {}},
        {QStringLiteral("filed_at"), Text::tr("Filed at"), QStringLiteral("r.filed_at"), {}},
        // For the proof viewer; the pane hides them.
        {QStringLiteral("proof_sha"), QStringLiteral("SHA-256"), QStringLiteral("r.proof_sha256"), {}},
        {QStringLiteral("proof_size"), Text::tr("Proof size"), QStringLiteral("r.proof_size"), {}},
    };
    for (State st : {State::Submitted, State::BasePassed, State::CityPassed, State::FinalPassed, State::Rejected, State::Returned})
        s.stateNames.append({stateCode(st), stateName(st)});
    for (Action a : {Action::Pass, Action::Reject, Action::Return, Action::Submit, Action::Resubmit})
        s.actionNames.append({actionCode(a), actionName(a)});
    s.rules = std::make_shared<ReductionRules>();
    return s;
}

} // namespace

const Workflow &reductionWorkflow()
{
    static const Workflow wf(spec());
    return wf;
}

} // namespace gme
