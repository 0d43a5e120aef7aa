// RosterImporter::plan: every rule a roster row must pass before anything is written.
#include "RosterImport.h"

#include "OfficeText.h"
#include "RosterProtected.h"
#include "RosterYears.h"
#include "db/DbError.h"
#include "domain/Catalog.h"
#include "domain/IdNumber.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::RosterImport)
};

struct Specialty
{
    QString code;
    Track track;
};

struct BaseOrg
{
    qint64 id = 0;
    qint64 parentId = 0;
    std::optional<Track> track;
};

// What the database says, read once per plan.
struct Reference
{
    QHash<QString, Specialty> specialtyByKey; // by name and by code
    QHash<QString, BaseOrg> baseByKey;        // by name and by code
    QHash<QString, StoredTrainee> trainees;   // "type|number" → what a change request alone changes
    QHash<QString, StoredYears> traineeYears; // "type|number" → stored years (when the file sets them)
};

Reference loadReference(QSqlDatabase db, bool withYears)
{
    Reference ref;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT code, name, track FROM specialties"));
    execOrThrow(q, "load specialties");
    while (q.next()) {
        const Specialty s{q.value(0).toString(), trackFromCode(q.value(2).toString()).value_or(Track::Resident)};
        ref.specialtyByKey.insert(normalizeOfficeText(q.value(1).toString()), s);
        ref.specialtyByKey.insert(s.code, s);
    }
    prepareOrThrow(q, QStringLiteral("SELECT id, code, name, COALESCE(parent_id, 0), track FROM orgs WHERE kind = 'base'"));
    execOrThrow(q, "load bases");
    while (q.next()) {
        BaseOrg b{q.value(0).toLongLong(), q.value(3).toLongLong(), trackFromCode(q.value(4).toString())};
        ref.baseByKey.insert(normalizeOfficeText(q.value(2).toString()), b);
        ref.baseByKey.insert(q.value(1).toString(), b);
    }
    ref.trainees = loadStoredTrainees(db);
    if (!withYears)
        return ref;
    prepareOrThrow(q, QStringLiteral("SELECT t.id_type, t.id_number, t.training_years, t.training_start, t.training_end, "
                                     "CASE WHEN rr.applied_at IS NOT NULL THEN rr.to_years END "
                                     "FROM trainees t LEFT JOIN reduction_requests rr ON rr.trainee_id = t.id"));
    execOrThrow(q, "load trainee years");
    while (q.next()) {
        StoredYears y;
        if (!q.value(2).isNull())
            y.years = q.value(2).toInt();
        y.start = QDate::fromString(q.value(3).toString().left(10), Qt::ISODate);
        y.end = QDate::fromString(q.value(4).toString().left(10), Qt::ISODate);
        if (!q.value(5).isNull())
            y.approvedYears = q.value(5).toInt();
        ref.traineeYears.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(), y);
    }
    return ref;
}

bool inScope(const User &user, const BaseOrg &base)
{
    switch (user.role) {
    case Role::Base: return base.id == user.orgId;
    case Role::Municipal: return base.parentId == user.orgId;
    case Role::Provincial:
    case Role::Sysadmin: return true;
    case Role::Department: return false; // department heads import no rosters
    }
    return false;
}

std::optional<Track> trackFromText(const QString &s)
{
    if (s.isEmpty())
        return std::nullopt;
    if (s.contains(QStringLiteral("助理全科")) || s == QLatin1String("assistant_gp"))
        return Track::AssistantGp;
    if (s.contains(QStringLiteral("住院医师")) || s == QLatin1String("resident"))
        return Track::Resident;
    return std::nullopt;
}

// ^[0-9+\- ]{5,20}$
bool looksLikePhone(const QString &s)
{
    if (s.size() < 5 || s.size() > 20)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'0' && u <= u'9') || u == u'+' || u == u'-' || u == u' ';
    });
}

// The mapping's columns by field, looked up once per file instead of once per cell.
using ColumnIndex = std::array<int, kRosterFieldCount>;

ColumnIndex columnIndex(const ColumnMapping &m)
{
    ColumnIndex index;
    for (int f = 0; f < kRosterFieldCount; ++f)
        index[size_t(f)] = m.columnOf.value(RosterField(f), -1);
    return index;
}

// Reads one row's cells through the mapping and collects its problems.
class RowReader
{
public:
    RowReader(const SheetTable &t, const ColumnMapping &m, const ColumnIndex &columns, int row, QList<ImportIssue> *issues)
        : m_table(t), m_map(m), m_columns(columns), m_row(row), m_issues(issues)
    {
    }

    const SheetCell &cell(RosterField f) const { return m_table.cell(m_row, m_columns[size_t(f)]); }
    QString text(RosterField f) const { return normalizeOfficeText(cell(f).text); }
    bool has(RosterField f) const { return !cell(f).isEmpty(); }

    void issue(RosterField f, const QString &message)
    {
        const int col = m_columns[size_t(f)];
        const QString heading = col >= 0 ? normalizeOfficeText(m_table.cell(m_map.headerRow, col).text) : rosterFieldLabel(f);
        m_issues->append({m_row + 1, heading, message});
        m_bad = true;
    }
    bool bad() const { return m_bad; }

    std::optional<QDate> date(RosterField f)
    {
        if (!has(f))
            return QDate();
        const auto d = parseOfficeDate(cell(f));
        if (!d)
            issue(f, Text::tr("\"%1\" is not a date (write it as 2021-08-01).").arg(cell(f).text));
        return d;
    }

private:
    const SheetTable &m_table;
    const ColumnMapping &m_map;
    const ColumnIndex &m_columns;
    int m_row;
    QList<ImportIssue> *m_issues;
    bool m_bad = false;
};

} // namespace

RosterImporter::RosterImporter(QSqlDatabase db, User user) : m_db(std::move(db)), m_user(std::move(user)) {}

ImportPlan RosterImporter::plan(const SheetTable &table, const ColumnMapping &mapping, const QString &fileName,
                                const std::function<bool(int, int)> &progress) const
{
    ImportPlan plan;
    plan.fileName = fileName;
    plan.mappedFields = mapping.columnOf.keys();
    for (RosterField f : {RosterField::Name, RosterField::IdNumber, RosterField::Specialty, RosterField::PersonType}) {
        if (!mapping.has(f))
            plan.issues.append({mapping.headerRow + 1, rosterFieldLabel(f), Text::tr("The file has no \"%1\" column.").arg(rosterFieldLabel(f))});
    }
    if (!plan.issues.isEmpty())
        return plan;

    plan.setsTrainingYears = rosterSetsTrainingYears(mapping);
    const Reference ref = loadReference(m_db, plan.setsTrainingYears);
    const ColumnIndex columns = columnIndex(mapping);
    const int total = int(table.rows.size());
    QHash<QString, int> firstRowOfId;
    firstRowOfId.reserve(qMax(0, total - mapping.headerRow - 1));
    plan.valid.reserve(qMax(0, total - mapping.headerRow - 1));
    // Offices type the person type's bracket half-width; compare in one form.
    QList<QString> personTypesNormalized;
    for (const QString &t : knownPersonTypes())
        personTypesNormalized.append(normalizeOfficeText(t));
    QHash<QString, QString> idTypeCodes; // what idTypeCodeFrom said for each text seen
    for (int r = mapping.headerRow + 1; r < total; ++r) {
        if (progress && r % 5000 == 0 && !progress(r, total)) {
            plan.cancelled = true;
            return plan;
        }
        const auto &cells = table.rows[r];
        if (std::all_of(cells.begin(), cells.end(), [](const SheetCell &c) { return c.isEmpty(); }))
            continue;
        ++plan.rowsRead;
        RowReader in(table, mapping, columns, r, &plan.issues);
        RosterRecord rec;
        rec.sheetRow = r + 1;

        rec.name = in.text(RosterField::Name);
        if (rec.name.isEmpty())
            in.issue(RosterField::Name, Text::tr("The name is empty."));

        if (in.has(RosterField::IdType)) {
            const QString idTypeText = in.text(RosterField::IdType);
            auto code = idTypeCodes.constFind(idTypeText);
            if (code == idTypeCodes.constEnd())
                code = idTypeCodes.insert(idTypeText, idTypeCodeFrom(idTypeText));
            rec.idType = *code;
            if (rec.idType.isEmpty())
                in.issue(RosterField::IdType, Text::tr("Unknown ID document type \"%1\".").arg(in.text(RosterField::IdType)));
        }
        const QString rawId = in.cell(RosterField::IdNumber).text;
        if (rec.idType == QLatin1String("01")) {
            const IdCheck id = checkResidentId(rawId);
            if (!id.ok()) {
                in.issue(RosterField::IdNumber, idProblemText(id.problem));
            } else {
                rec.idNumber = id.normalized;
                rec.birthDate = id.birthDate;
                rec.gender = id.male ? QStringLiteral("M") : QStringLiteral("F");
            }
        } else {
            rec.idNumber = normalizeOfficeText(rawId).toUpper();
            if (rec.idNumber.isEmpty())
                in.issue(RosterField::IdNumber, Text::tr("The ID number is empty."));
        }

        if (in.has(RosterField::Gender)) {
            const QString g = in.text(RosterField::Gender);
            const QString code = (g == QStringLiteral("男") || g == QLatin1String("M")) ? QStringLiteral("M")
                                 : (g == QStringLiteral("女") || g == QLatin1String("F")) ? QStringLiteral("F")
                                                                                         : QString();
            if (code.isEmpty())
                in.issue(RosterField::Gender, Text::tr("Gender must be 男 or 女, not \"%1\".").arg(g));
            else if (!rec.gender.isEmpty() && rec.gender != code)
                in.issue(RosterField::Gender, Text::tr("The gender does not match the ID number."));
            else
                rec.gender = code;
        } else if (rec.gender.isEmpty()) {
            in.issue(RosterField::Gender, Text::tr("The gender is missing and cannot be read from the ID number."));
        }

        rec.personType = in.text(RosterField::PersonType);
        if (!knownPersonTypes().contains(rec.personType)) {
            const qsizetype known = personTypesNormalized.indexOf(rec.personType);
            if (known < 0)
                in.issue(RosterField::PersonType, Text::tr("Unknown person type \"%1\".").arg(rec.personType));
            else
                rec.personType = knownPersonTypes().at(known);
        }

        const QString specialty = in.text(RosterField::Specialty);
        const auto sp = ref.specialtyByKey.constFind(specialty);
        if (sp == ref.specialtyByKey.constEnd()) {
            in.issue(RosterField::Specialty, Text::tr("Unknown specialty \"%1\".").arg(specialty));
        } else {
            rec.specialtyCode = sp->code;
            rec.track = sp->track;
        }
        if (in.has(RosterField::Track)) {
            const auto t = trackFromText(in.text(RosterField::Track));
            if (!t)
                in.issue(RosterField::Track, Text::tr("Unknown training category \"%1\".").arg(in.text(RosterField::Track)));
            else if (sp != ref.specialtyByKey.constEnd() && *t != sp->track)
                in.issue(RosterField::Track, Text::tr("The specialty does not belong to this training category."));
        }

        const QString baseText = in.text(RosterField::Base);
        if (baseText.isEmpty() && m_user.role == Role::Base) {
            rec.baseId = m_user.orgId;
        } else if (baseText.isEmpty()) {
            in.issue(RosterField::Base, Text::tr("The training base is empty."));
        } else {
            const auto b = ref.baseByKey.constFind(baseText);
            if (b == ref.baseByKey.constEnd())
                in.issue(RosterField::Base, Text::tr("Unknown training base \"%1\".").arg(baseText));
            else if (!inScope(m_user, *b))
                in.issue(RosterField::Base, Text::tr("You can import trainees of your own bases only."));
            else
                rec.baseId = b->id;
        }

        rec.ethnicity = in.text(RosterField::Ethnicity);
        rec.education = in.text(RosterField::Education);
        rec.degree = in.text(RosterField::Degree);
        rec.school = in.text(RosterField::School);
        rec.phone = in.text(RosterField::Phone);
        rec.licenceNumber = in.text(RosterField::LicenceNumber);
        rec.trainingStart = in.date(RosterField::TrainingStart).value_or(QDate());
        rec.trainingEnd = in.date(RosterField::TrainingEnd).value_or(QDate());
        rec.graduationDate = in.date(RosterField::GraduationDate).value_or(QDate());
        if (rec.trainingStart.isValid() && rec.trainingEnd.isValid() && rec.trainingEnd <= rec.trainingStart)
            in.issue(RosterField::TrainingEnd, Text::tr("The training ends before it starts."));
        else if (plan.setsTrainingYears) {
            const auto stored = ref.traineeYears.constFind(rec.idType + QLatin1Char('|') + rec.idNumber);
            const RosterYears years = rosterTrainingYears(
                {in.text(RosterField::TrainingYears), rec.trainingStart, rec.trainingEnd,
                 mapping.has(RosterField::TrainingEnd), rec.track, stored == ref.traineeYears.cend() ? nullptr : &*stored});
            for (const auto &[field, message] : years.problems)
                in.issue(field, message);
            rec.trainingYears = years.years;
            rec.trainingEnd = years.end;
        }
        if (!rec.phone.isEmpty() && !looksLikePhone(rec.phone))
            in.issue(RosterField::Phone, Text::tr("\"%1\" is not a phone number.").arg(rec.phone));
        const QString makeup = in.text(RosterField::IsMakeup);
        rec.isMakeup = makeup == QStringLiteral("是") || makeup == QStringLiteral("补考");

        if (!rec.idNumber.isEmpty()) {
            const QString key = rec.idType + QLatin1Char('|') + rec.idNumber;
            if (const int first = firstRowOfId.value(key); first != 0) {
                in.issue(RosterField::IdNumber, Text::tr("The same ID number is already on row %1.").arg(first));
            } else {
                firstRowOfId.insert(key, r + 1);
                const auto existing = ref.trainees.constFind(key);
                if (existing != ref.trainees.constEnd()) {
                    const ProtectedCells cells{knownPersonTypes().contains(rec.personType) ? rec.personType : QString(),
                                               rec.specialtyCode, specialty, rec.baseId, baseText,
                                               in.text(RosterField::Unit)};
                    for (const auto &[field, message] : changeRequestFieldProblems(cells, *existing))
                        in.issue(field, message);
                }
            }
        }

        if (in.bad())
            plan.rejectedRows.append(r + 1);
        else
            plan.valid.append(std::move(rec));
    }
    return plan;
}

} // namespace gme
