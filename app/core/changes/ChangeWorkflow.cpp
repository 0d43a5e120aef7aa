#include "ChangeWorkflow.h"

#include "ChangeRules.h"

#include <QCoreApplication>

#include <array>

namespace gme::changes {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Changes)
};

constexpr std::array<std::pair<ChangeKind, const char *>, 5> kKinds{{
    {ChangeKind::PersonType, "person_type"}, {ChangeKind::Unit, "unit"}, {ChangeKind::Specialty, "specialty"},
    {ChangeKind::Base, "base"}, {ChangeKind::Status, "status"}}};

WorkflowSpec spec()
{
    WorkflowSpec s;
    s.code = QStringLiteral("change_request");
    s.title = Text::tr("Change requests");
    s.steps = {
        {Role::Municipal, kStageDecision, kSubmitted, kApprove, kApproved, false, false},
        {Role::Municipal, kStageDecision, kSubmitted, kReject, kRejected, true, false},
        {Role::Base, kStageDecision, kSubmitted, kCancel, kCancelled, false, true},
    };
    s.storage.table = QStringLiteral("change_requests");
    s.storage.personJoin = QStringLiteral("JOIN trainees t ON t.id = r.trainee_id");
    s.storage.scopeColumn = QStringLiteral("r.base_id");
    s.storage.windowKeyColumn = QString(); // requests are taken all year
    s.storage.decisionTable = QStringLiteral("change_request_decisions");
    s.storage.decisionItemColumn = QStringLiteral("change_request_id");
    s.storage.extraJoins = QStringLiteral("JOIN orgs o ON o.id = r.base_id");
    s.reviewActions = {kApprove, kReject};
    QList<std::pair<QString, QString>> kinds;
    for (const auto &[k, code] : kKinds)
        kinds.append({QString::fromLatin1(code), kindName(k)});
    s.columns = {
        {QStringLiteral("base"), Text::tr("Base"), QStringLiteral("o.name"), {}},
        {QStringLiteral("kind"), Text::tr("Change"), QStringLiteral("r.kind"), kinds},
        {QStringLiteral("before"), Text::tr("Before"), QStringLiteral("COALESCE(r.old_label, '')"), {}},
        {QStringLiteral("after"), Text::tr("After"), QStringLiteral("r.new_label"), {}},
        {QStringLiteral("dates"), Text::tr("Dates"),
         QStringLiteral("COALESCE(r.starts_on, '') || COALESCE(' – ' || r.ends_on, '')"), {}},
        {QStringLiteral("reason"), Text::tr("Reason"), QStringLiteral("r.reason"), {}},
        {QStringLiteral("submitted_at"), Text::tr("Filed at"), QStringLiteral("r.submitted_at"), {}},
    };
    s.stateNames = {{kSubmitted, Text::tr("Awaiting decision")},
                    {kApproved, Text::tr("Approved")},
                    {kRejected, Text::tr("Rejected")},
                    {kCancelled, Text::tr("Withdrawn by base")}};
    s.actionNames = {{kApprove, Text::tr("Approve")},
                     {kReject, Text::tr("Reject")},
                     {kCancel, Text::tr("Withdraw request")},
                     {QStringLiteral("file"), Text::tr("File request")}};
    s.rules = std::make_shared<ChangeRules>();
    return s;
}

} // namespace

QString kindCode(ChangeKind k)
{
    for (const auto &[kind, code] : kKinds)
        if (kind == k)
            return QString::fromLatin1(code);
    return {};
}

std::optional<ChangeKind> kindFromCode(const QString &code)
{
    for (const auto &[kind, c] : kKinds)
        if (code == QLatin1String(c))
            return kind;
    return std::nullopt;
}

QString kindName(ChangeKind k)
{
    switch (k) {
    case ChangeKind::PersonType: return Text::tr("Person type");
    case ChangeKind::Unit: return Text::tr("Sending unit");
    case ChangeKind::Specialty: return Text::tr("Specialty");
    case ChangeKind::Base: return Text::tr("Training base");
    case ChangeKind::Status: return Text::tr("Training status");
    }
    return {};
}

QString statusName(const QString &code)
{
    if (code == kWithdrawn)
        return Text::tr("Withdrawn from training");
    if (code == kSuspended)
        return Text::tr("Suspended");
    if (code == kExtended)
        return Text::tr("Extended");
    if (code == QLatin1String("training"))
        return Text::tr("In training");
    return code;
}

const Workflow &workflow()
{
    static const Workflow wf(spec());
    return wf;
}

} // namespace gme::changes
