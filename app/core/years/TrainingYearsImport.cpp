// TrainingYearsImporter::plan: every rule a training-years row must pass before anything is written.
#include "TrainingYearsImport.h"

#include "TrainingYears.h"
#include "db/DbError.h"
#include "domain/Catalog.h"
#include "domain/IdNumber.h"
#include "evidence/RequiredEvidence.h"
#include "export/SheetWords.h"
#include "import/OfficeText.h"
#include "review/Scope.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::TrainingYearsImport)
};

// A trainee in the user's reach, as the rules need them.
struct Known
{
    qint64 id = 0;
    QString name;
    Track track = Track::Resident;
    std::optional<int> years;
    std::optional<int> approvedYears; // the years an applied reduction set
};

QHash<QString, Known> loadKnown(QSqlDatabase db, const User &user)
{
    const ScopeSql scope = scopeSql(user, QStringLiteral("t.base_id"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT t.id, t.id_type, t.id_number, t.name, t.track, t.training_years, "
                                     "CASE WHEN rr.applied_at IS NOT NULL THEN rr.to_years END "
                                     "FROM trainees t LEFT JOIN reduction_requests rr ON rr.trainee_id = t.id WHERE %1")
                          .arg(scope.clause));
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "trainees for training years");
    QHash<QString, Known> known;
    while (q.next()) {
        Known k;
        k.id = q.value(0).toLongLong();
        k.name = q.value(3).toString();
        k.track = trackFromCode(q.value(4).toString()).value_or(Track::Resident);
        if (!q.value(5).isNull())
            k.years = q.value(5).toInt();
        if (!q.value(6).isNull())
            k.approvedYears = q.value(6).toInt();
        known.insert(q.value(1).toString() + QLatin1Char('|') + q.value(2).toString(), k);
    }
    return known;
}

// The heading of a mapped column as the file writes it, or the field's label when it is missing.
QString headingOf(const SheetTable &t, const ColumnMapping &m, RosterField f)
{
    const int col = m.columnOf.value(f, -1);
    return col >= 0 ? normalizeOfficeText(t.cell(m.headerRow, col).text) : rosterFieldLabel(f);
}

} // namespace

ImportPlan TrainingYearsPlan::asReport() const
{
    ImportPlan report;
    report.fileName = fileName;
    report.rowsRead = rowsRead;
    report.issues = issues;
    report.rejectedRows = rejectedRows;
    return report;
}

TrainingYearsImporter::TrainingYearsImporter(QSqlDatabase db, User user) : m_db(std::move(db)), m_user(std::move(user)) {}

TrainingYearsPlan TrainingYearsImporter::plan(const SheetTable &table, const ColumnMapping &mapping,
                                              const QString &fileName, const std::function<bool(int, int)> &progress) const
{
    TrainingYearsPlan plan;
    plan.fileName = fileName;
    for (RosterField f : {RosterField::IdNumber, RosterField::TrainingYears, RosterField::TrainingStart}) {
        if (!mapping.has(f))
            plan.issues.append({mapping.headerRow + 1, rosterFieldLabel(f),
                                Text::tr("The file has no \"%1\" column.").arg(rosterFieldLabel(f))});
    }
    if (!plan.issues.isEmpty())
        return plan;

    const QHash<QString, Known> known = loadKnown(m_db, m_user);
    QHash<QString, int> firstRowOfId;
    const int total = int(table.rows.size());
    for (int r = mapping.headerRow + 1; r < total; ++r) {
        if (progress && r % 2000 == 0 && !progress(r, total)) {
            plan.cancelled = true;
            return plan;
        }
        const auto &cells = table.rows[r];
        if (std::all_of(cells.begin(), cells.end(), [](const SheetCell &c) { return c.isEmpty(); }))
            continue;
        ++plan.rowsRead;
        bool bad = false;
        auto issue = [&](RosterField f, const QString &message) {
            plan.issues.append({r + 1, headingOf(table, mapping, f), message});
            bad = true;
        };
        auto cell = [&](RosterField f) -> const SheetCell & { return table.cell(r, mapping.columnOf.value(f, -1)); };

        // Who: the ID number (and type) must name a trainee in reach; the name, when given, must agree.
        QString idType = QStringLiteral("01");
        if (mapping.has(RosterField::IdType) && !cell(RosterField::IdType).isEmpty()) {
            idType = idTypeCodeFrom(normalizeOfficeText(cell(RosterField::IdType).text));
            if (idType.isEmpty())
                issue(RosterField::IdType, Text::tr("Unknown ID document type \"%1\".").arg(cell(RosterField::IdType).text));
        }
        QString idNumber;
        if (idType == QLatin1String("01")) {
            const IdCheck id = checkResidentId(cell(RosterField::IdNumber).text);
            if (id.ok())
                idNumber = id.normalized;
            else
                issue(RosterField::IdNumber, idProblemText(id.problem));
        } else if (!idType.isEmpty()) {
            idNumber = normalizeOfficeText(cell(RosterField::IdNumber).text).toUpper();
            if (idNumber.isEmpty())
                issue(RosterField::IdNumber, Text::tr("The ID number is empty."));
        }
        const Known *trainee = nullptr;
        if (!idNumber.isEmpty()) {
            const QString key = idType + QLatin1Char('|') + idNumber;
            if (const int first = firstRowOfId.value(key); first != 0) {
                issue(RosterField::IdNumber, Text::tr("The same ID number is already on row %1.").arg(first));
            } else {
                firstRowOfId.insert(key, r + 1);
                const auto it = known.constFind(key);
                // Unknown and out of reach read the same, so other bases' trainees cannot be probed.
                if (it == known.constEnd())
                    issue(RosterField::IdNumber, Text::tr("None of your trainees has this ID number; import the roster first."));
                else
                    trainee = &*it;
            }
        }
        if (trainee && mapping.has(RosterField::Name)) {
            const QString name = normalizeOfficeText(cell(RosterField::Name).text);
            if (!name.isEmpty() && name != normalizeOfficeText(trainee->name))
                issue(RosterField::Name, Text::tr("The name does not match the trainee with this ID number (%1).").arg(trainee->name));
        }

        // What: years, start, and an end consistent with them.
        TrainingYearsRecord rec;
        rec.sheetRow = r + 1;
        const SheetCell &yearsCell = cell(RosterField::TrainingYears);
        const auto years = parseTrainingYears(normalizeOfficeText(yearsCell.text));
        if (!years)
            issue(RosterField::TrainingYears, Text::tr("Training years must be 1, 2 or 3, not \"%1\".").arg(yearsCell.text));
        const SheetCell &startCell = cell(RosterField::TrainingStart);
        const auto start = startCell.isEmpty() ? std::optional<QDate>() : parseOfficeDate(startCell);
        if (startCell.isEmpty())
            issue(RosterField::TrainingStart, Text::tr("The training start date is empty."));
        else if (!start)
            issue(RosterField::TrainingStart, Text::tr("\"%1\" is not a date (write it as 2021-08-01).").arg(startCell.text));
        if (years && start) {
            rec.years = *years;
            rec.start = *start;
            rec.end = trainingEndFor(*start, *years);
            const SheetCell &endCell = cell(RosterField::TrainingEnd);
            if (mapping.has(RosterField::TrainingEnd) && !endCell.isEmpty()) {
                const auto end = parseOfficeDate(endCell);
                if (!end)
                    issue(RosterField::TrainingEnd, Text::tr("\"%1\" is not a date (write it as 2021-08-01).").arg(endCell.text));
                else if (!trainingEndConsistent(*start, *years, *end))
                    issue(RosterField::TrainingEnd, Text::tr("%n year(s) from %1 end on %2, not %3.", nullptr, *years)
                                                        .arg(start->toString(Qt::ISODate), rec.end.toString(Qt::ISODate),
                                                             end->toString(Qt::ISODate)));
            }
        }

        // Whether these years are the trainee's to have: never below the standard without a reduction.
        if (trainee && years) {
            const QString problem = sheetYearsProblem(trainee->track, trainee->years, trainee->approvedYears, *years);
            if (!problem.isEmpty())
                issue(RosterField::TrainingYears, problem);
        }

        if (bad) {
            plan.rejectedRows.append(r + 1);
        } else {
            rec.traineeId = trainee->id;
            plan.valid.append(rec);
        }
    }
    return plan;
}

} // namespace gme
