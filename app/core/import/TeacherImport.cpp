#include "TeacherImport.h"

#include "Clock.h"
#include "OfficeText.h"
#include "TeacherCells.h"
#include "db/Database.h"
#include "teachers/TeacherRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::TeacherImport)
};

TeacherField fieldOf(TeacherInputField f)
{
    switch (f) {
    case TeacherInputField::Name: return TeacherField::Name;
    case TeacherInputField::IdNumber: return TeacherField::IdNumber;
    case TeacherInputField::Department: return TeacherField::Department;
    case TeacherInputField::Title: return TeacherField::Title;
    case TeacherInputField::AttendingSince: return TeacherField::AttendingSince;
    case TeacherInputField::Malpractice: return TeacherField::Malpractice;
    case TeacherInputField::Incidents: return TeacherField::Incidents;
    case TeacherInputField::Evaluations: return TeacherField::Evaluations;
    }
    return TeacherField::Name;
}

// One data row being read: its cells by field, and the problems found so far.
class RowReader
{
public:
    RowReader(const SheetTable &t, const TeacherColumnMapping &m, int row) : m_table(t), m_map(m), m_row(row) {}

    bool has(TeacherField f) const { return m_map.has(f); }
    const SheetCell &cell(TeacherField f) const { return m_table.cell(m_row, m_map.columnOf.value(f)); }
    QString text(TeacherField f) const { return has(f) ? normalizeOfficeText(cell(f).text) : QString(); }
    QString heading(TeacherField f) const
    {
        return has(f) ? m_table.cell(m_map.headerRow, m_map.columnOf.value(f)).text.trimmed() : teacherFieldLabel(f);
    }
    void problem(TeacherField f, const QString &message) { issues.append({m_row + 1, heading(f), message}); }
    bool blank() const
    {
        for (int c : m_map.columnOf)
            if (!m_table.cell(m_row, c).isEmpty())
                return false;
        return true;
    }

    QList<ImportIssue> issues;

private:
    const SheetTable &m_table;
    const TeacherColumnMapping &m_map;
    int m_row;
};

TeacherInput readRow(RowReader &in)
{
    TeacherInput t;
    t.name = in.text(TeacherField::Name);
    t.idNumber = in.has(TeacherField::IdNumber) ? in.cell(TeacherField::IdNumber).text : QString();
    t.departmentName = in.text(TeacherField::Department);
    if (in.has(TeacherField::Title)) {
        if (const auto title = parseTeacherTitle(in.text(TeacherField::Title)))
            t.title = *title;
        else
            in.problem(TeacherField::Title, Text::tr("\"%1\" is not a title such as 主治医师").arg(in.text(TeacherField::Title)));
    }
    if (in.has(TeacherField::AttendingSince) && !in.cell(TeacherField::AttendingSince).isEmpty()) {
        if (const auto d = parseOfficeDate(in.cell(TeacherField::AttendingSince)))
            t.attendingSince = *d;
        else
            in.problem(TeacherField::AttendingSince, Text::tr("\"%1\" is not a date").arg(in.text(TeacherField::AttendingSince)));
    }
    QString why;
    if (const auto m = parseMalpracticeCell(in.text(TeacherField::Malpractice), &why))
        t.malpractice = *m;
    else
        in.problem(TeacherField::Malpractice, why);
    if (const auto i = parseIncidentCell(in.text(TeacherField::Incidents), &why))
        t.incidents = *i;
    else
        in.problem(TeacherField::Incidents, why);
    if (const auto e = parseEvaluationCell(in.text(TeacherField::Evaluations), &why))
        t.evaluations = *e;
    else
        in.problem(TeacherField::Evaluations, why);
    return t;
}

// An existing teacher's data with the file's columns laid over it.
TeacherInput merged(const TeacherInput &stored, const TeacherInput &file, const QList<TeacherField> &mapped)
{
    TeacherInput out = stored;
    out.version = 0;
    out.idNumber = file.idNumber;
    const auto take = [&mapped](TeacherField f) { return mapped.contains(f); };
    if (take(TeacherField::Name))
        out.name = file.name;
    if (take(TeacherField::Department))
        out.departmentName = file.departmentName;
    if (take(TeacherField::Title))
        out.title = file.title;
    if (take(TeacherField::AttendingSince) || take(TeacherField::Title))
        out.attendingSince = file.attendingSince;
    if (take(TeacherField::Malpractice))
        out.malpractice = file.malpractice;
    if (take(TeacherField::Incidents))
        out.incidents = file.incidents;
    if (take(TeacherField::Evaluations))
        out.evaluations = file.evaluations;
    return out;
}

} // namespace

TeacherImporter::TeacherImporter(QSqlDatabase db, User user, const Clock &clock)
    : m_db(std::move(db)), m_user(std::move(user)), m_clock(clock)
{
}

TeacherImportPlan TeacherImporter::plan(const SheetTable &table, const TeacherColumnMapping &mapping,
                                        const QString &fileName) const
{
    TeacherImportPlan plan;
    plan.fileName = fileName;
    plan.mappedFields = mapping.columnOf.keys();
    for (TeacherField required : {TeacherField::Name, TeacherField::IdNumber, TeacherField::Department, TeacherField::Title})
        if (!mapping.has(required))
            plan.issues.append({mapping.headerRow + 1, teacherFieldLabel(required),
                                Text::tr("The file has no %1 column").arg(teacherFieldLabel(required))});
    if (!plan.issues.isEmpty())
        return plan;

    const QDate today = m_clock.now().date();
    QHash<QString, int> rowOfId; // ID number → first row with it
    for (int r = mapping.headerRow + 1; r < table.rows.size(); ++r) {
        RowReader in(table, mapping, r);
        if (in.blank())
            continue;
        ++plan.rowsRead;
        TeacherInput input = readRow(in);
        const bool titleUnread = std::any_of(in.issues.cbegin(), in.issues.cend(), [&in](const ImportIssue &i) {
            return i.column == in.heading(TeacherField::Title);
        });
        for (const TeacherInputIssue &i : normalizeTeacherInput(input, today))
            // With the title unread, whether a date of the attending title belongs is unknown.
            if (!(titleUnread && i.field == TeacherInputField::AttendingSince))
                in.problem(fieldOf(i.field), i.message);
        if (!input.idNumber.isEmpty() && in.issues.isEmpty()) {
            if (const int first = rowOfId.value(input.idNumber))
                in.problem(TeacherField::IdNumber, Text::tr("Row %1 already has this ID number").arg(first));
            else
                rowOfId.insert(input.idNumber, r + 1);
        }
        if (in.issues.isEmpty()) {
            plan.valid.append({r + 1, input});
        } else {
            plan.issues += in.issues;
            plan.rejectedRows.append(r + 1);
        }
    }
    return plan;
}

TeacherImportOutcome TeacherImporter::commit(const TeacherImportPlan &plan, Mode mode)
{
    TeacherImportOutcome out;
    if (mode == Mode::AllOrNothing && !plan.issues.isEmpty()) {
        out.error = Text::tr("%n row(s) have problems; nothing was imported.", nullptr, int(plan.rejectedRows.size()));
        return out;
    }
    TeacherEditor editor(m_db, m_user, m_clock);
    TeacherRepository repository(m_db);
    Transaction tx(m_db, Transaction::Mode::Immediate);
    for (const TeacherImportRow &row : plan.valid) {
        TeacherInput input = row.input;
        if (const qint64 existing = editor.teacherWithIdNumber(input.idNumber))
            if (const std::optional<Teacher> stored = repository.teacher(existing))
                input = merged(teacherInputOf(*stored), row.input, plan.mappedFields);
        const TeacherSaveResult r = editor.saveInTransaction(input);
        switch (r.outcome) {
        case TeacherSaveResult::Outcome::Inserted: ++out.inserted; break;
        case TeacherSaveResult::Outcome::Updated: ++out.updated; break;
        case TeacherSaveResult::Outcome::Unchanged: ++out.unchanged; break;
        case TeacherSaveResult::Outcome::Refused:
            out.refused.append({row.sheetRow, teacherFieldLabel(TeacherField::IdNumber), r.problems()});
            break;
        }
        if (!r.notice.isEmpty())
            out.notices << Text::tr("Row %1: %2").arg(row.sheetRow).arg(r.notice);
    }
    if (mode == Mode::AllOrNothing && !out.refused.isEmpty()) {
        out.error = Text::tr("Row %1: %2 Nothing was imported.").arg(out.refused.first().row).arg(out.refused.first().message);
        out.inserted = out.updated = out.unchanged = 0;
        return out; // the transaction rolls back
    }
    tx.commit();
    out.ok = true;
    return out;
}

} // namespace gme
