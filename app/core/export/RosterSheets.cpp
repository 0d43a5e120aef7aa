#include "RosterSheets.h"

#include "SheetWords.h"
#include "XlsxWriter.h"
#include "db/DbError.h"
#include "domain/Catalog.h"
#include "review/Scope.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlQuery>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::RosterSheets)
};

// One registrant with everything any of the sheets prints.
const char *const kSelect =
    "SELECT c.name, b.name, COALESCE(u.name, ''), t.name, t.gender, t.id_type, t.id_number, "
    "COALESCE(t.ethnicity, ''), t.track, s.name, t.training_start, t.training_end, COALESCE(t.education, ''), "
    "COALESCE(t.degree, ''), COALESCE(t.school, ''), t.graduation_date, COALESCE(t.licence_number, ''), "
    "r.is_makeup, r.subjects, r.state, b.is_national, t.person_type, "
    "r.id, COALESCE(t.phone, ''), t.birth_date, r.submitted_at "
    "FROM registrations r JOIN trainees t ON t.id = r.trainee_id JOIN orgs b ON b.id = r.base_id "
    "LEFT JOIN orgs c ON c.id = b.parent_id LEFT JOIN orgs u ON u.id = t.unit_id "
    "JOIN specialties s ON s.code = t.specialty_code "
    "WHERE (? = 0 OR r.batch_id = ?) AND r.state IN (%1) AND %2 ORDER BY c.code, b.code, t.id_number";

enum Col { City, Base, Unit, Name, Gender, IdType, IdNumber, Ethnicity, Track, Specialty, Start, End, Education,
           Degree, School, Graduated, Licence, Makeup, Subjects, StateCol, National, PersonType, RegistrationId, Phone,
           BirthDate, SubmittedAt };

QString subjectsZh(const QString &codes)
{
    QStringList out;
    if (codes.contains(QLatin1String("theory")))
        out.append(QStringLiteral("理论"));
    if (codes.contains(QLatin1String("skills")))
        out.append(QStringLiteral("技能"));
    return out.join(QStringLiteral("、"));
}
QDate dateOf(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

// SQLite reads pages through a 2 MB cache by default; the export touches tens of megabytes of
// trainee and decision pages in row order, and re-reading them cost more system time than the
// whole query. Mapping the file for the length of the export reads each page once.
class MappedSqlite
{
public:
    explicit MappedSqlite(QSqlDatabase db) : m_db(std::move(db))
    {
        if (m_db.driverName() != QLatin1String("QSQLITE"))
            return;
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA mmap_size")) && q.next()) {
            m_previous = q.value(0).toLongLong();
            m_changed = m_previous < kSize && q.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(kSize));
        }
    }
    ~MappedSqlite()
    {
        if (m_changed)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA mmap_size = %1").arg(m_previous));
    }
    MappedSqlite(const MappedSqlite &) = delete;
    MappedSqlite &operator=(const MappedSqlite &) = delete;

private:
    static constexpr qint64 kSize = 1LL << 30;
    QSqlDatabase m_db;
    qint64 m_previous = 0;
    bool m_changed = false;
};

struct Layout
{
    QString title;
    QStringList headings;
    QString states;
    bool sealLine = false;
};

Layout layoutOf(RosterSheet sheet, const QString &batchName)
{
    switch (sheet) {
    case RosterSheet::NationalRoster:
        return {QStringLiteral("%1 结业理论统考资格审核名册").arg(batchName),
                {QStringLiteral("序号"), QStringLiteral("地区"), QStringLiteral("培训基地"), QStringLiteral("是否协同"),
                 QStringLiteral("国家基地"), QStringLiteral("工作单位"), QStringLiteral("姓名"), QStringLiteral("性别"),
                 QStringLiteral("证件类型"), QStringLiteral("证件号码"), QStringLiteral("民族"), QStringLiteral("培训类别"),
                 QStringLiteral("培训专业"), QStringLiteral("报考专业"), QStringLiteral("培训起止时间"), QStringLiteral("学历"),
                 QStringLiteral("学位类型"), QStringLiteral("毕业学校"), QStringLiteral("毕业时间"),
                 QStringLiteral("执业资格材料编码"), QStringLiteral("人员类型"), QStringLiteral("备注")},
                QStringLiteral("'final_passed'"), true};
    case RosterSheet::BaseSummary:
        return {QStringLiteral("%1 报名汇总表").arg(batchName),
                {QStringLiteral("序号"), QStringLiteral("培训基地"), QStringLiteral("姓名"), QStringLiteral("性别"),
                 QStringLiteral("证件类型"), QStringLiteral("身份证号"), QStringLiteral("报考专业"), QStringLiteral("学历"),
                 QStringLiteral("培训开始时间"), QStringLiteral("培训结束时间"), QStringLiteral("医师资格证号"),
                 QStringLiteral("是否补考"), QStringLiteral("补考理论"), QStringLiteral("补考技能"), QStringLiteral("备注")},
                QStringLiteral("'submitted','base_passed','city_passed','final_passed'"), true};
    case RosterSheet::AllRegistrants:
        return {QStringLiteral("%1 报名学员名单").arg(batchName),
                {QStringLiteral("序号"), QStringLiteral("地区"), QStringLiteral("培训基地"), QStringLiteral("姓名"),
                 QStringLiteral("性别"), QStringLiteral("证件类型"), QStringLiteral("证件号码"), QStringLiteral("出生日期"),
                 QStringLiteral("民族"), QStringLiteral("人员类型"), QStringLiteral("培训类别"), QStringLiteral("培训专业"),
                 QStringLiteral("培训开始时间"), QStringLiteral("培训结束时间"), QStringLiteral("学历"), QStringLiteral("学位"),
                 QStringLiteral("毕业学校"), QStringLiteral("毕业时间"), QStringLiteral("联系电话"),
                 QStringLiteral("医师资格证号"), QStringLiteral("是否补考"), QStringLiteral("考试科目"),
                 QStringLiteral("审核状态"), QStringLiteral("提交时间"), QStringLiteral("审核意见")},
                QStringLiteral("'submitted','base_passed','city_passed','final_passed','rejected','returned','cancelled'"),
                false};
    case RosterSheet::ReturnedList:
        return {QStringLiteral("%1 退回及审核不通过名单").arg(batchName),
                {QStringLiteral("序号"), QStringLiteral("地区"), QStringLiteral("培训基地"), QStringLiteral("姓名"),
                 QStringLiteral("证件号码"), QStringLiteral("报考专业"), QStringLiteral("联系电话"),
                 QStringLiteral("审核结果"), QStringLiteral("原因")},
                QStringLiteral("'returned','rejected'"), false};
    }
    return {};
}

// The latest return or rejection reason of each registration, read in one pass over the
// decisions (a subquery per row, or a ranking join, cost a quarter of a second at 100,000 rows).
QHash<qint64, QString> latestReasons(QSqlDatabase db)
{
    QHash<qint64, QString> reasons;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT registration_id, reason FROM decisions WHERE action IN ('reject', 'return') "
                                     "ORDER BY id"));
    execOrThrow(q, "latest reasons");
    while (q.next())
        reasons.insert(q.value(0).toLongLong(), q.value(1).toString());
    return reasons;
}

void writeRow(XlsxWriter &out, RosterSheet sheet, int row, int serial, const QSqlQuery &q, const QString &reason)
{
    auto s = [&](Col c) { return q.value(c).toString(); };
    int col = 0;
    out.writeNumber(row, col++, serial);
    switch (sheet) {
    case RosterSheet::NationalRoster:
        out.writeText(row, col++, s(City));
        out.writeText(row, col++, s(Base));
        out.writeText(row, col++, sheetYesNo(!s(Unit).isEmpty()));
        out.writeText(row, col++, sheetYesNo(q.value(National).toBool()));
        out.writeText(row, col++, s(Unit).isEmpty() ? s(Base) : s(Unit));
        out.writeText(row, col++, s(Name));
        out.writeText(row, col++, sheetGender(s(Gender)));
        out.writeText(row, col++, idTypeName(s(IdType)));
        out.writeText(row, col++, s(IdNumber));
        out.writeText(row, col++, s(Ethnicity));
        out.writeText(row, col++, sheetTrack(trackFromCode(s(Track)).value_or(Track::Resident)));
        out.writeText(row, col++, s(Specialty));
        out.writeText(row, col++, s(Specialty));
        out.writeText(row, col++, QStringLiteral("%1至%2").arg(s(Start), s(End)));
        out.writeText(row, col++, s(Education));
        out.writeText(row, col++, s(Degree));
        out.writeText(row, col++, s(School));
        out.writeDate(row, col++, dateOf(q.value(Graduated)));
        out.writeText(row, col++, s(Licence));
        out.writeText(row, col++, s(PersonType));
        break;
    case RosterSheet::BaseSummary: {
        const bool makeup = q.value(Makeup).toBool();
        out.writeText(row, col++, s(Base));
        out.writeText(row, col++, s(Name));
        out.writeText(row, col++, sheetGender(s(Gender)));
        out.writeText(row, col++, idTypeName(s(IdType)));
        out.writeText(row, col++, s(IdNumber));
        out.writeText(row, col++, s(Specialty));
        out.writeText(row, col++, s(Education));
        out.writeDate(row, col++, dateOf(q.value(Start)));
        out.writeDate(row, col++, dateOf(q.value(End)));
        out.writeText(row, col++, s(Licence));
        out.writeText(row, col++, sheetYesNo(makeup));
        out.writeText(row, col++, makeup ? sheetYesNo(s(Subjects).contains(QLatin1String("theory"))) : QString());
        out.writeText(row, col++, makeup ? sheetYesNo(s(Subjects).contains(QLatin1String("skills"))) : QString());
        break;
    }
    case RosterSheet::AllRegistrants:
        out.writeText(row, col++, s(City));
        out.writeText(row, col++, s(Base));
        out.writeText(row, col++, s(Name));
        out.writeText(row, col++, sheetGender(s(Gender)));
        out.writeText(row, col++, idTypeName(s(IdType)));
        out.writeText(row, col++, s(IdNumber));
        out.writeDate(row, col++, dateOf(q.value(BirthDate)));
        out.writeText(row, col++, s(Ethnicity));
        out.writeText(row, col++, s(PersonType));
        out.writeText(row, col++, sheetTrack(trackFromCode(s(Track)).value_or(Track::Resident)));
        out.writeText(row, col++, s(Specialty));
        out.writeDate(row, col++, dateOf(q.value(Start)));
        out.writeDate(row, col++, dateOf(q.value(End)));
        out.writeText(row, col++, s(Education));
        out.writeText(row, col++, s(Degree));
        out.writeText(row, col++, s(School));
        out.writeDate(row, col++, dateOf(q.value(Graduated)));
        out.writeText(row, col++, s(Phone));
        out.writeText(row, col++, s(Licence));
        out.writeText(row, col++, sheetYesNo(q.value(Makeup).toBool()));
        out.writeText(row, col++, subjectsZh(s(Subjects)));
        out.writeText(row, col++, sheetState(stateFromCode(s(StateCol)).value_or(State::Submitted)));
        out.writeText(row, col++, s(SubmittedAt).replace(QLatin1Char('T'), QLatin1Char(' ')));
        out.writeText(row, col++, reason);
        break;
    case RosterSheet::ReturnedList:
        out.writeText(row, col++, s(City));
        out.writeText(row, col++, s(Base));
        out.writeText(row, col++, s(Name));
        out.writeText(row, col++, s(IdNumber));
        out.writeText(row, col++, s(Specialty));
        out.writeText(row, col++, s(Phone));
        out.writeText(row, col++, s(StateCol) == QLatin1String("returned") ? QStringLiteral("退回修改") : QStringLiteral("审核不通过"));
        out.writeText(row, col++, reason);
        break;
    }
}

} // namespace

ExportResult exportRosterSheet(QSqlDatabase db, const User &user, RosterSheet sheet, qint64 examBatchId,
                               const QString &path, const std::function<bool(int, int)> &progress)
{
    ExportResult result;
    if (sheet == RosterSheet::NationalRoster && user.role != Role::Provincial) {
        result.error = Text::tr("Only the provincial office exports the national roster.");
        return result;
    }
    try {
        const MappedSqlite mapped(db);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString batchName = QStringLiteral("全部考试批次");
        if (examBatchId != 0) {
            prepareOrThrow(q, QStringLiteral("SELECT name FROM exam_batches WHERE id = ?"));
            q.addBindValue(examBatchId);
            execOrThrow(q, "exam batch");
            if (!q.next()) {
                result.error = Text::tr("There is no exam batch %1.").arg(examBatchId);
                return result;
            }
            batchName = q.value(0).toString();
        }
        const Layout layout = layoutOf(sheet, batchName);
        const bool withReasons = sheet == RosterSheet::AllRegistrants || sheet == RosterSheet::ReturnedList;
        const QHash<qint64, QString> reasons = withReasons ? latestReasons(db) : QHash<qint64, QString>();
        const ScopeSql scope = scopeSql(user, QStringLiteral("r.base_id"));
        prepareOrThrow(q, QString::fromLatin1(kSelect).arg(layout.states, scope.clause));
        q.addBindValue(examBatchId);
        q.addBindValue(examBatchId);
        for (const QVariant &v : scope.binds)
            q.addBindValue(v);
        execOrThrow(q, "roster rows");

        XlsxWriter out(path, layout.title.right(31));
        if (!out.isOpen()) {
            result.error = out.errorString();
            return result;
        }
        const int columns = int(layout.headings.size());
        for (int c = 0; c < columns; ++c)
            out.setColumnWidth(c, c == 0 ? 6 : 14);
        out.writeTitle(0, columns, layout.title);
        int row = 1;
        if (layout.sealLine) {
            out.writeText(row, 0, QStringLiteral("填报单位（公章）：%1").arg(user.orgName));
            out.writeText(row, columns / 2, QStringLiteral("填表人：%1    联系电话：").arg(user.displayName));
            out.writeText(row, columns - 2, QStringLiteral("日期：%1").arg(QDate::currentDate().toString(Qt::ISODate)));
            ++row;
        }
        out.writeHeader(row, layout.headings);
        out.freezeRowsAbove(++row);
        int serial = 0;
        while (q.next()) {
            if (progress && serial % 2000 == 0 && !progress(serial, -1)) {
                result.cancelled = true;
                return result;
            }
            writeRow(out, sheet, row++, ++serial, q, reasons.value(q.value(RegistrationId).toLongLong()));
        }
        if (!out.commit()) {
            result.error = out.errorString();
            return result;
        }
        result.ok = true;
        result.rowsWritten = serial;
    } catch (const DbError &e) {
        result.error = e.message();
    }
    return result;
}

ExportResult exportImportReport(const ImportPlan &plan, const QString &path)
{
    ExportResult result;
    XlsxWriter out(path, QStringLiteral("导入问题"));
    if (!out.isOpen()) {
        result.error = out.errorString();
        return result;
    }
    out.writeHeader(0, {QStringLiteral("文件"), QStringLiteral("行"), QStringLiteral("列"), QStringLiteral("问题")});
    out.freezeRowsAbove(1);
    const double widths[] = {24, 6, 16, 60};
    for (int c = 0; c < 4; ++c)
        out.setColumnWidth(c, widths[c]);
    int row = 1;
    for (const ImportIssue &i : plan.issues) {
        out.writeText(row, 0, plan.fileName);
        out.writeNumber(row, 1, i.row);
        out.writeText(row, 2, i.column);
        out.writeText(row, 3, i.message);
        ++row;
    }
    if (!out.commit()) {
        result.error = out.errorString();
        return result;
    }
    result.ok = true;
    result.rowsWritten = row - 1;
    return result;
}

} // namespace gme
