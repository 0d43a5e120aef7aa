#include "TeacherColumns.h"

#include "RosterColumns.h"

#include <QHash>

namespace gme {
namespace {

struct FieldNames
{
    TeacherField field;
    const char16_t *label;
    std::initializer_list<const char16_t *> synonyms;
};

const FieldNames kFields[] = {
    {TeacherField::Name, u"姓名", {u"教师姓名", u"带教老师", u"师资姓名"}},
    {TeacherField::IdNumber, u"证件号码", {u"身份证号", u"身份证号码", u"身份证", u"证件号", u"公民身份号码"}},
    {TeacherField::Department, u"科室", {u"所在科室", u"临床科室", u"轮转科室", u"专业科室"}},
    {TeacherField::Title, u"职称", {u"专业技术职称", u"技术职称", u"职称等级"}},
    {TeacherField::AttendingSince, u"取得主治医师时间", {u"主治医师取得时间", u"取得中级职称时间", u"中级职称时间",
                                                        u"职称取得时间", u"取得职称时间", u"主治医师时间"}},
    {TeacherField::Malpractice, u"医疗损害事件", {u"医疗损害", u"医疗事故", u"医疗损害记录"}},
    {TeacherField::Incidents, u"教学事故", {u"教学事故记录"}},
    {TeacherField::Evaluations, u"年度评估", {u"带教质量评估", u"年度考核", u"学员评估", u"评估结果", u"年度评估结果"}},
};

} // namespace

QString teacherFieldLabel(TeacherField f) { return QString::fromUtf16(kFields[int(f)].label); }

QStringList teacherFieldSynonyms(TeacherField f)
{
    QStringList out{teacherFieldLabel(f)};
    for (const char16_t *s : kFields[int(f)].synonyms)
        out.append(QString::fromUtf16(s));
    return out;
}

std::optional<TeacherColumnMapping> detectTeacherHeader(const SheetTable &table, int scanRows)
{
    QHash<QString, TeacherField> lookup;
    for (const FieldNames &f : kFields)
        for (const QString &s : teacherFieldSynonyms(f.field))
            lookup.insert(canonicalHeading(s), f.field);
    std::optional<TeacherColumnMapping> best;
    int bestScore = 1;
    const int last = qMin(int(table.rows.size()), scanRows);
    for (int r = 0; r < last; ++r) {
        TeacherColumnMapping m;
        m.headerRow = r;
        const auto &row = table.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            if (row[c].kind != SheetCell::Kind::Text)
                continue;
            const auto it = lookup.constFind(canonicalHeading(row[c].text));
            if (it != lookup.constEnd() && !m.columnOf.contains(*it))
                m.columnOf.insert(*it, c);
        }
        const bool identifies = m.has(TeacherField::Name) || m.has(TeacherField::IdNumber);
        if (identifies && int(m.columnOf.size()) > bestScore) {
            bestScore = int(m.columnOf.size());
            best = m;
        }
    }
    return best;
}

} // namespace gme
