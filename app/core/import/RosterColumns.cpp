#include "RosterColumns.h"

#include "OfficeText.h"

#include <QRegularExpression>

namespace gme {
namespace {

struct FieldNames
{
    RosterField field;
    const char16_t *label;
    std::initializer_list<const char16_t *> synonyms;
};

// Collected from provincial templates (DOMAIN.md) and the variants offices type.
const FieldNames kFields[] = {
    {RosterField::SerialNo, u"序号", {u"编号", u"No"}},
    {RosterField::Name, u"姓名", {u"学员姓名", u"考生姓名", u"住院医师姓名"}},
    {RosterField::Gender, u"性别", {}},
    {RosterField::IdType, u"证件类型", {u"证件种类"}},
    {RosterField::IdNumber, u"证件号码", {u"身份证号", u"身份证号码", u"身份证", u"证件号", u"公民身份号码"}},
    {RosterField::Ethnicity, u"民族", {}},
    {RosterField::BirthDate, u"出生日期", {u"出生年月"}},
    {RosterField::PersonType, u"人员类型", {u"学员类型", u"人员类别", u"学员身份"}},
    {RosterField::Track, u"培训类别", {u"培训类型", u"类别"}},
    {RosterField::Base, u"培训基地", {u"基地", u"基地名称", u"所在基地"}},
    {RosterField::Unit, u"协同单位", {u"工作单位", u"派出单位", u"委派单位"}},
    {RosterField::Specialty, u"培训专业", {u"报考专业", u"专业", u"专业基地"}},
    {RosterField::TrainingStart, u"培训开始时间", {u"开始时间", u"培训起始时间", u"入培时间"}},
    {RosterField::TrainingEnd, u"培训结束时间", {u"结束时间", u"结业时间", u"预计结业时间", u"培训截止时间", u"截止时间"}},
    {RosterField::Education, u"学历", {u"最高学历"}},
    {RosterField::Degree, u"学位", {u"学位类型", u"最高学位"}},
    {RosterField::School, u"毕业学校", {u"毕业院校"}},
    {RosterField::GraduationDate, u"毕业时间", {u"毕业日期"}},
    {RosterField::Phone, u"联系电话", {u"手机号码", u"手机号", u"电话", u"手机"}},
    {RosterField::LicenceNumber, u"医师资格证号", {u"医师资格证书编码", u"执业资格材料编码", u"执业证书编码"}},
    {RosterField::IsMakeup, u"是否补考", {u"补考"}},
    {RosterField::Remark, u"备注", {}},
    {RosterField::TrainingYears, u"培训年限", {u"年限", u"培养年限", u"培训时长", u"培训年数"}},
};

const FieldNames &namesOf(RosterField f) { return kFields[int(f)]; }

} // namespace

QString rosterFieldLabel(RosterField f) { return QString::fromUtf16(namesOf(f).label); }

QStringList rosterFieldSynonyms(RosterField f)
{
    QStringList out{rosterFieldLabel(f)};
    for (const char16_t *s : namesOf(f).synonyms)
        out.append(QString::fromUtf16(s));
    return out;
}

QString canonicalHeading(const QString &heading)
{
    QString h = normalizeOfficeText(heading);
    static const QRegularExpression notes(QStringLiteral("[(（\\[【][^)）\\]】]*[)）\\]】]"));
    h.remove(notes);
    h.remove(QRegularExpression(QStringLiteral("[\\s*:：]")));
    return h.toLower();
}

std::optional<ColumnMapping> detectRosterHeader(const SheetTable &table, int scanRows)
{
    QHash<QString, RosterField> lookup;
    for (const FieldNames &f : kFields) {
        for (const QString &s : rosterFieldSynonyms(f.field))
            lookup.insert(canonicalHeading(s), f.field);
    }
    std::optional<ColumnMapping> best;
    int bestScore = 1;
    const int last = qMin(int(table.rows.size()), scanRows);
    for (int r = 0; r < last; ++r) {
        ColumnMapping m;
        m.headerRow = r;
        const auto &row = table.rows[r];
        for (int c = 0; c < row.size(); ++c) {
            if (row[c].kind != SheetCell::Kind::Text)
                continue;
            const QString key = canonicalHeading(row[c].text);
            if (key.isEmpty())
                continue;
            const auto it = lookup.constFind(key);
            if (it != lookup.constEnd() && !m.columnOf.contains(*it))
                m.columnOf.insert(*it, c);
            else
                m.unmappedHeadings.append(row[c].text);
        }
        const int score = int(m.columnOf.size());
        const bool identifies = m.has(RosterField::Name) || m.has(RosterField::IdNumber);
        if (identifies && score > bestScore) {
            bestScore = score;
            best = m;
        }
    }
    return best;
}

} // namespace gme
