#include "TeacherCells.h"

#include "OfficeText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::TeacherImport)
};

// Entries of a record cell; empty for a blank cell or one that says there are none.
QStringList entries(const QString &cell)
{
    const QString text = normalizeOfficeText(cell);
    if (text.isEmpty() || text == QStringLiteral("无") || text == QLatin1String("-") || text == QStringLiteral("—"))
        return {};
    static const QRegularExpression separators(QStringLiteral("[；;、,，\\n]+"));
    QStringList out;
    for (const QString &e : text.split(separators, Qt::SkipEmptyParts))
        if (!e.trimmed().isEmpty())
            out << e.trimmed();
    return out;
}

// The date an entry starts with: the longest leading run of date characters that parses.
std::optional<QDate> leadingDate(const QString &entry)
{
    static const QRegularExpression dateLike(QStringLiteral("^[0-9０-９./\\-年月日]+"));
    const QString head = dateLike.match(entry).captured(0);
    for (int n = int(head.size()); n >= 6; --n)
        if (const std::optional<QDate> d = parseOfficeDate(head.left(n)))
            return d;
    return std::nullopt;
}

template <typename Rec>
std::optional<QList<Rec>> parseEvents(const QString &cell, QString *problem, bool Rec::*flag,
                                      const QStringList &flagWords, const QStringList &notWords)
{
    QList<Rec> out;
    for (const QString &e : entries(cell)) {
        const std::optional<QDate> date = leadingDate(e);
        if (!date) {
            *problem = Text::tr("\"%1\" does not start with a date").arg(e);
            return std::nullopt;
        }
        Rec r;
        r.occurredOn = *date;
        bool says = false;
        for (const QString &w : flagWords)
            says = says || e.contains(w);
        for (const QString &w : notWords)
            says = says && !e.contains(w);
        r.*flag = says;
        r.note = e;
        out.append(r);
    }
    return out;
}

} // namespace

std::optional<TeacherTitle> parseTeacherTitle(const QString &raw)
{
    const QString t = normalizeOfficeText(raw);
    if (const auto code = teacherTitleFromCode(t))
        return code;
    if (t.contains(QStringLiteral("副主任")) || t.contains(QStringLiteral("副高")))
        return TeacherTitle::AssociateChief;
    if (t.contains(QStringLiteral("主任")) || t.contains(QStringLiteral("正高")))
        return TeacherTitle::Chief;
    if (t.contains(QStringLiteral("主治")) || t.contains(QStringLiteral("中级")))
        return TeacherTitle::Attending;
    if (t.contains(QStringLiteral("住院")) || t.contains(QStringLiteral("初级")))
        return TeacherTitle::Resident;
    return std::nullopt;
}

std::optional<QList<MalpracticeRecord>> parseMalpracticeCell(const QString &text, QString *problem)
{
    return parseEvents<MalpracticeRecord>(text, problem, &MalpracticeRecord::mainResponsibility,
                                          {QStringLiteral("主要"), QStringLiteral("完全")},
                                          {QStringLiteral("次要"), QStringLiteral("非主要")});
}

std::optional<QList<TeachingIncident>> parseIncidentCell(const QString &text, QString *problem)
{
    return parseEvents<TeachingIncident>(text, problem, &TeachingIncident::serious,
                                         {QStringLiteral("严重"), QStringLiteral("重大")},
                                         {QStringLiteral("非严重"), QStringLiteral("不严重")});
}

std::optional<QList<YearlyEvaluation>> parseEvaluationCell(const QString &text, QString *problem)
{
    static const QRegularExpression entry(QStringLiteral("^(\\d{4})\\s*年?度?\\s*[:：]?\\s*(.+)$"));
    QList<YearlyEvaluation> out;
    for (const QString &e : entries(text)) {
        const QRegularExpressionMatch m = entry.match(e);
        const QString verdict = m.captured(2).trimmed();
        YearlyEvaluation y;
        y.year = m.captured(1).toInt();
        if (!m.hasMatch()) {
            *problem = Text::tr("\"%1\" is not a year and a result such as 2023 合格").arg(e);
            return std::nullopt;
        }
        if (verdict.contains(QStringLiteral("不合格")) || verdict.contains(QStringLiteral("不及格"))
            || verdict.compare(QLatin1String("fail"), Qt::CaseInsensitive) == 0)
            y.passed = false;
        else if (verdict.contains(QStringLiteral("合格")) || verdict.contains(QStringLiteral("优秀"))
                 || verdict.contains(QStringLiteral("良好")) || verdict.contains(QStringLiteral("称职"))
                 || verdict.compare(QLatin1String("pass"), Qt::CaseInsensitive) == 0)
            y.passed = true;
        else {
            *problem = Text::tr("\"%1\": the result must be 合格 or 不合格").arg(e);
            return std::nullopt;
        }
        out.append(y);
    }
    return out;
}

} // namespace gme
