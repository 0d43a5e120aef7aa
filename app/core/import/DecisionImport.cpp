#include "DecisionImport.h"

#include "OfficeText.h"
#include "db/DbError.h"
#include "domain/IdNumber.h"
#include "review/QueueRepository.h"
#include "review/ReviewEngine.h"

#include <QCoreApplication>
#include <QHash>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::DecisionImport)
};

std::optional<Action> actionFromText(const QString &s)
{
    if (s == QStringLiteral("通过") || s == QStringLiteral("审核通过") || s == QLatin1String("pass"))
        return Action::Pass;
    if (s == QStringLiteral("不通过") || s == QStringLiteral("审核不通过") || s == QLatin1String("reject"))
        return Action::Reject;
    if (s == QStringLiteral("退回") || s == QStringLiteral("退回修改") || s == QLatin1String("return"))
        return Action::Return;
    return std::nullopt;
}

int findColumn(const SheetTable &t, int headerRow, std::initializer_list<const char16_t *> names)
{
    const auto &row = t.rows[headerRow];
    for (int c = 0; c < row.size(); ++c)
        for (const char16_t *n : names)
            if (canonicalHeading(row[c].text) == QString::fromUtf16(n))
                return c;
    return -1;
}

} // namespace

DecisionImporter::DecisionImporter(QSqlDatabase db, User user, const Workflow &workflow, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_workflow(workflow), m_clock(clock)
{
}

DecisionImportPlan DecisionImporter::plan(const SheetTable &table, const QString &fileName) const
{
    DecisionImportPlan plan;
    plan.fileName = fileName;
    int headerRow = -1, idCol = -1, actionCol = -1, reasonCol = -1;
    for (int r = 0; r < qMin(30, int(table.rows.size())) && headerRow < 0; ++r) {
        idCol = findColumn(table, r, {u"证件号码", u"身份证号", u"身份证号码"});
        actionCol = findColumn(table, r, {u"审核结果", u"结果", u"审核意见"});
        if (idCol >= 0 && actionCol >= 0)
            headerRow = r;
    }
    if (headerRow < 0) {
        plan.issues.append({1, QStringLiteral("证件号码"), Text::tr("The file needs an ID number column and a result column.")});
        return plan;
    }
    reasonCol = findColumn(table, headerRow, {u"原因", u"理由", u"不通过原因", u"退回原因", u"备注"});

    // Only rows waiting in this reviewer's queue can be decided; the queue query applies the scope.
    QHash<QString, QueueRow> waiting;
    for (const QueueRow &row : QueueRepository(m_db, m_user, m_workflow).loadQueue())
        waiting.insert(row.idNumber, row);

    QHash<QString, int> batchOf; // action|reason → index in plan.batches
    QHash<QString, int> seen;
    for (int r = headerRow + 1; r < table.rows.size(); ++r) {
        const QString rawId = table.cell(r, idCol).text;
        const QString actionText = normalizeOfficeText(table.cell(r, actionCol).text);
        const QString reason = reasonCol >= 0 ? normalizeOfficeText(table.cell(r, reasonCol).text) : QString();
        if (normalizeOfficeText(rawId).isEmpty() && actionText.isEmpty())
            continue;
        ++plan.rowsRead;
        const QString idHeading = table.cell(headerRow, idCol).text;
        const IdCheck id = checkResidentId(rawId);
        const QString idNumber = id.ok() ? id.normalized : normalizeOfficeText(rawId).toUpper();
        const auto action = actionFromText(actionText);
        if (!action) {
            plan.issues.append({r + 1, table.cell(headerRow, actionCol).text,
                                Text::tr("The result must be 通过, 不通过 or 退回, not \"%1\".").arg(actionText)});
            continue;
        }
        if (*action != Action::Pass && reason.isEmpty()) {
            plan.issues.append({r + 1, reasonCol >= 0 ? table.cell(headerRow, reasonCol).text : QStringLiteral("原因"),
                                Text::tr("Reject and return need a reason.")});
            continue;
        }
        if (const int first = seen.value(idNumber); first) {
            plan.issues.append({r + 1, idHeading, Text::tr("The same ID number is already on row %1.").arg(first)});
            continue;
        }
        seen.insert(idNumber, r + 1);
        const auto it = waiting.constFind(idNumber);
        if (it == waiting.constEnd()) {
            plan.issues.append({r + 1, idHeading, Text::tr("No registration with this ID number is waiting in your queue.")});
            continue;
        }
        const QString key = actionCode(*action) + QLatin1Char('|') + (*action == Action::Pass ? QString() : reason);
        int index = batchOf.value(key, -1);
        if (index < 0) {
            index = int(plan.batches.size());
            batchOf.insert(key, index);
            plan.batches.append({*action, *action == Action::Pass ? QString() : reason, {}});
        }
        plan.batches[index].rows.append({it->registrationId, it->version});
    }
    return plan;
}

DecisionImportOutcome DecisionImporter::apply(const DecisionImportPlan &plan)
{
    DecisionImportOutcome out;
    if (!plan.issues.isEmpty()) {
        out.error = Text::tr("%n row(s) have problems; no decision was applied.", nullptr, int(plan.issues.size()));
        return out;
    }
    try {
        // One transaction for the whole file: applied whole or not at all.
        const BatchResult r = ReviewEngine(m_db, m_user, m_workflow, m_clock).applyAll(plan.batches);
        if (!r.applied) {
            out.error = Text::tr("%n row(s) cannot take this decision now; no decision was applied.", nullptr,
                                 qMax(1, r.check.badRowCount()));
            return out;
        }
        out.applied = r.rowCount;
    } catch (const DbError &e) {
        out = {};
        out.error = Text::tr("No decision was applied: %1").arg(e.message());
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace gme
