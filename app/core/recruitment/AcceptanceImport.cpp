// AcceptanceImporter::plan: reads the answers, finds each applicant's application and asks the
// review engine whether the answer can be recorded now.
#include "AcceptanceImport.h"

#include "RecruitmentWorkflow.h"
#include "db/DbError.h"
#include "domain/Catalog.h"
#include "domain/IdNumber.h"
#include "import/OfficeText.h"
#include "review/ReviewEngine.h"
#include "review/Scope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace gme::recruit {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::AcceptanceImport)
};

const char16_t *const kAnswerHeadings[] = {u"是否接受录取", u"是否接受", u"接受录取", u"录取确认", u"确认结果",
                                           u"学员确认", u"是否确认录取", u"学员意见"};
const char16_t *const kIdHeadings[] = {u"证件号码", u"身份证号", u"身份证号码", u"证件号"};

int findHeading(const SheetTable &t, int row, const auto &names)
{
    if (row < 0 || row >= t.rows.size())
        return -1;
    const auto &cells = t.rows[row];
    for (int c = 0; c < cells.size(); ++c)
        for (const char16_t *n : names)
            if (canonicalHeading(cells[c].text) == QString::fromUtf16(n))
                return c;
    return -1;
}

// 接受 / 放弃 and the words offices use for them; nullopt for anything else.
std::optional<bool> answerFromText(const QString &s)
{
    static const QStringList yes = {QStringLiteral("接受"), QStringLiteral("接受录取"), QStringLiteral("是"),
                                    QStringLiteral("确认"), QStringLiteral("同意"), QStringLiteral("accept")};
    static const QStringList no = {QStringLiteral("放弃"), QStringLiteral("放弃录取"), QStringLiteral("不接受"),
                                   QStringLiteral("否"), QStringLiteral("拒绝"), QStringLiteral("decline")};
    if (yes.contains(s, Qt::CaseInsensitive))
        return true;
    if (no.contains(s, Qt::CaseInsensitive))
        return false;
    return std::nullopt;
}

// An application in the user's reach, as the answer's checks need it.
struct Application
{
    qint64 id = 0;
    QString name;
    QString state;
    int version = 0;
    QString specialtyCode, specialtyName; // admitted
    int preference = 0;                   // which of several rounds' applications an answer is for
};

// By "id type|id number". One person may have applied in several rounds: the answer is for the
// result waiting for it (sent), else the one of an open round, else the newest.
QHash<QString, Application> loadApplications(QSqlDatabase db, const User &user)
{
    const ScopeSql scope = scopeSql(user, QStringLiteral("a.base_id"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT a.id, a.id_type, a.id_number, a.name, a.state, a.version, "
                                     "COALESCE(a.admitted_specialty, ''), COALESCE(s.name, ''), rr.status "
                                     "FROM applications a JOIN recruitment_rounds rr ON rr.id = a.round_id "
                                     "LEFT JOIN specialties s ON s.code = a.admitted_specialty "
                                     "WHERE %1 ORDER BY a.id").arg(scope.clause));
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "applications for acceptance");
    QHash<QString, Application> out;
    while (q.next()) {
        Application a{q.value(0).toLongLong(), q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                      q.value(6).toString(), q.value(7).toString(), 0};
        a.preference = (a.state == kSent ? 4 : 0) + (q.value(8).toString() == QLatin1String("open") ? 2 : 0);
        const QString key = q.value(1).toString() + QLatin1Char('|') + q.value(2).toString();
        const auto it = out.constFind(key);
        if (it == out.cend() || it->preference <= a.preference)
            out.insert(key, a);
    }
    return out;
}

bool answeredYes(const QString &state)
{
    return state == kAccepted || state == kConfirmed || state == kRefused || state == kReported || state == kNotReported;
}

QString engineProblemText(const ManifestRow &row)
{
    switch (row.problem) {
    case RowProblem::WindowClosed:
        return Text::tr("The confirmation window for this round is not open now.");
    case RowProblem::RuleBroken:
        return row.note;
    default:
        return rowProblemText(row.problem);
    }
}

} // namespace

ImportPlan AcceptancePlan::asReport() const
{
    ImportPlan report;
    report.fileName = fileName;
    report.rowsRead = rowsRead;
    report.issues = issues;
    report.rejectedRows = rejectedRows;
    return report;
}

std::optional<ColumnMapping> detectAcceptanceHeader(const SheetTable &table)
{
    std::optional<ColumnMapping> m = detectRosterHeader(table);
    if (m && findHeading(table, m->headerRow, kAnswerHeadings) >= 0 && m->has(RosterField::IdNumber))
        return m;
    for (int r = 0; r < std::min(30, int(table.rows.size())); ++r) {
        const int id = findHeading(table, r, kIdHeadings);
        if (id >= 0 && findHeading(table, r, kAnswerHeadings) >= 0) {
            ColumnMapping found;
            found.headerRow = r;
            found.columnOf.insert(RosterField::IdNumber, id);
            return found;
        }
    }
    return m; // a header without the answer column: plan() says what is missing
}

AcceptanceImporter::AcceptanceImporter(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

AcceptancePlan AcceptanceImporter::plan(const SheetTable &table, const ColumnMapping &mapping, const QString &fileName,
                                        const std::function<bool(int, int)> &progress) const
{
    AcceptancePlan plan;
    plan.fileName = fileName;
    const int answerCol = findHeading(table, mapping.headerRow, kAnswerHeadings);
    if (!mapping.has(RosterField::IdNumber))
        plan.issues.append({mapping.headerRow + 1, rosterFieldLabel(RosterField::IdNumber),
                            Text::tr("The file has no \"%1\" column.").arg(rosterFieldLabel(RosterField::IdNumber))});
    if (answerCol < 0)
        plan.issues.append({mapping.headerRow + 1, QStringLiteral("是否接受录取"),
                            Text::tr("The file has no \"是否接受录取\" column (接受 / 放弃).")});
    if (!plan.issues.isEmpty())
        return plan;

    auto heading = [&](int col) { return normalizeOfficeText(table.cell(mapping.headerRow, col).text); };
    const int idCol = mapping.columnOf.value(RosterField::IdNumber);
    const int nameCol = mapping.columnOf.value(RosterField::Name, -1);
    const int specialtyCol = mapping.columnOf.value(RosterField::Specialty, -1);
    const int idTypeCol = mapping.columnOf.value(RosterField::IdType, -1);
    const QHash<QString, Application> applications = loadApplications(m_db, m_user);

    // Rows that may move, per answer; the engine judges them below, as one batch each.
    QList<BatchRow> rowsOf[2];
    QList<int> sheetRowsOf[2];
    QHash<QString, int> firstRowOfId;
    const int total = int(table.rows.size());
    for (int r = mapping.headerRow + 1; r < total; ++r) {
        if (progress && r % 1000 == 0 && !progress(r, total)) {
            plan.cancelled = true;
            return plan;
        }
        const auto &cells = table.rows[r];
        if (std::all_of(cells.begin(), cells.end(), [](const SheetCell &c) { return c.isEmpty(); }))
            continue;
        ++plan.rowsRead;
        const int before = int(plan.issues.size());
        auto issue = [&](int col, const QString &message) { plan.issues.append({r + 1, heading(col), message}); };

        QString idType = QStringLiteral("01");
        if (idTypeCol >= 0 && !table.cell(r, idTypeCol).isEmpty()) {
            idType = idTypeCodeFrom(normalizeOfficeText(table.cell(r, idTypeCol).text));
            if (idType.isEmpty())
                issue(idTypeCol, Text::tr("Unknown ID document type \"%1\".").arg(table.cell(r, idTypeCol).text));
        }
        QString idNumber;
        if (idType == QLatin1String("01")) {
            const IdCheck id = checkResidentId(table.cell(r, idCol).text);
            if (id.ok())
                idNumber = id.normalized;
            else
                issue(idCol, idProblemText(id.problem));
        } else if (!idType.isEmpty()) {
            idNumber = normalizeOfficeText(table.cell(r, idCol).text).toUpper();
            if (idNumber.isEmpty())
                issue(idCol, Text::tr("The ID number is empty."));
        }
        const QString answerText = normalizeOfficeText(table.cell(r, answerCol).text);
        const std::optional<bool> accept = answerFromText(answerText);
        if (!accept)
            issue(answerCol, Text::tr("The answer must be 接受 or 放弃, not \"%1\".").arg(answerText));

        const Application *app = nullptr;
        if (!idNumber.isEmpty()) {
            const QString key = idType + QLatin1Char('|') + idNumber;
            if (const int first = firstRowOfId.value(key); first != 0) {
                issue(idCol, Text::tr("The same ID number is already on row %1.").arg(first));
            } else {
                firstRowOfId.insert(key, r + 1);
                const auto it = applications.constFind(key);
                // Unknown and out of reach read the same, so other bases' applicants cannot be probed.
                if (it == applications.cend())
                    issue(idCol, Text::tr("None of your applicants has this ID number."));
                else
                    app = &*it;
            }
        }
        if (app && nameCol >= 0) {
            const QString name = normalizeOfficeText(table.cell(r, nameCol).text);
            if (!name.isEmpty() && name != normalizeOfficeText(app->name))
                issue(nameCol, Text::tr("The name does not match the applicant with this ID number (%1).").arg(app->name));
        }
        if (app && specialtyCol >= 0) {
            const QString specialty = normalizeOfficeText(table.cell(r, specialtyCol).text);
            if (!specialty.isEmpty() && specialty != normalizeOfficeText(app->specialtyName) && specialty != app->specialtyCode)
                issue(specialtyCol, Text::tr("The applicant was admitted to %1, not \"%2\".")
                                        .arg(app->specialtyName.isEmpty() ? Text::tr("no specialty") : app->specialtyName,
                                             specialty));
        }
        if (app && accept && int(plan.issues.size()) == before) {
            const bool sameAnswer = *accept ? answeredYes(app->state) : app->state == kDeclined;
            if (sameAnswer) {
                ++plan.alreadyAnswered; // the same file again: nothing to do
            } else if (app->state != kSent) {
                const QString state = workflow().stateName(app->state);
                issue(answerCol, answeredYes(app->state) || app->state == kDeclined
                                     ? Text::tr("The applicant already answered (%1); an answer cannot be changed.").arg(state)
                                     : Text::tr("No admission result waits for an answer (the application is: %1).").arg(state));
            } else {
                rowsOf[*accept ? 0 : 1].append(BatchRow{app->id, app->version});
                sheetRowsOf[*accept ? 0 : 1].append(r + 1);
            }
        }
        if (int(plan.issues.size()) != before)
            plan.rejectedRows.append(r + 1);
    }

    // The engine's own checks (scope, state, window, 12-hour lock) decide which rows can move now.
    const ReviewEngine engine(m_db, m_user, workflow(), m_clock);
    const QString answerHeading = heading(answerCol);
    for (int k = 0; k < 2; ++k) {
        if (rowsOf[k].isEmpty())
            continue;
        const BatchCheck check = engine.check(BatchRequest::of(k == 0 ? kAccept : kDecline, rowsOf[k]));
        for (int i = 0; i < rowsOf[k].size(); ++i) {
            const int sheetRow = sheetRowsOf[k].at(i);
            const ManifestRow &row = check.rows.at(i);
            QString problem;
            if (check.problem != BatchProblem::None)
                problem = batchProblemText(check.problem);
            else if (row.problem != RowProblem::None)
                problem = engineProblemText(row);
            if (problem.isEmpty()) {
                plan.valid.append({sheetRow, rowsOf[k].at(i).registrationId, rowsOf[k].at(i).version, k == 0});
            } else {
                plan.issues.append({sheetRow, answerHeading, problem});
                plan.rejectedRows.append(sheetRow);
            }
        }
    }
    std::sort(plan.rejectedRows.begin(), plan.rejectedRows.end());
    std::stable_sort(plan.issues.begin(), plan.issues.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    return plan;
}

} // namespace gme::recruit
