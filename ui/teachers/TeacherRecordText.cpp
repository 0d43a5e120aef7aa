#include "TeacherRecordText.h"

#include "import/TeacherCells.h"

#include <QHash>
#include <QStringList>

namespace gme {
namespace {

// How one stored record reads as a line: its note when the note already is such a line (entered
// or imported), else the date, the flag word and the note.
template <typename Rec>
QString lineOf(const Rec &r, bool flagged, const QString &flagWord)
{
    const QString date = r.occurredOn.toString(Qt::ISODate);
    if (r.note.startsWith(date))
        return r.note;
    QStringList parts{date};
    if (flagged)
        parts << flagWord;
    if (!r.note.isEmpty())
        parts << r.note;
    return parts.join(QLatin1Char(' '));
}

QString malpracticeLine(const MalpracticeRecord &r) { return lineOf(r, r.mainResponsibility, QStringLiteral("主要责任")); }
QString incidentLine(const TeachingIncident &r) { return lineOf(r, r.serious, QStringLiteral("严重")); }

// Lines shown unchanged map back to the records they came from.
template <typename Rec>
std::optional<QList<Rec>> fromLines(const QString &text, const QList<Rec> &shown, QString (*line)(const Rec &),
                                    std::optional<QList<Rec>> (*parse)(const QString &, QString *), QString *problem)
{
    QHash<QString, Rec> original;
    for (const Rec &r : shown)
        original.insert(line(r), r);
    QList<Rec> out;
    for (const QString &raw : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString l = raw.trimmed();
        if (l.isEmpty())
            continue;
        if (original.contains(l)) {
            out.append(original.value(l));
            continue;
        }
        const std::optional<QList<Rec>> parsed = parse(l, problem);
        if (!parsed)
            return std::nullopt;
        out += *parsed;
    }
    return out;
}

} // namespace

QString malpracticeLines(const QList<MalpracticeRecord> &records)
{
    QStringList lines;
    for (const MalpracticeRecord &r : records)
        lines << malpracticeLine(r);
    return lines.join(QLatin1Char('\n'));
}

QString incidentLines(const QList<TeachingIncident> &records)
{
    QStringList lines;
    for (const TeachingIncident &r : records)
        lines << incidentLine(r);
    return lines.join(QLatin1Char('\n'));
}

QString evaluationLines(const QList<YearlyEvaluation> &records)
{
    QStringList lines;
    for (const YearlyEvaluation &e : records)
        lines << QStringLiteral("%1 %2").arg(e.year).arg(e.passed ? QStringLiteral("合格") : QStringLiteral("不合格"));
    return lines.join(QLatin1Char('\n'));
}

std::optional<QList<MalpracticeRecord>> malpracticeFromLines(const QString &text, const QList<MalpracticeRecord> &shown,
                                                             QString *problem)
{
    return fromLines<MalpracticeRecord>(text, shown, &malpracticeLine, &parseMalpracticeCell, problem);
}

std::optional<QList<TeachingIncident>> incidentsFromLines(const QString &text, const QList<TeachingIncident> &shown,
                                                          QString *problem)
{
    return fromLines<TeachingIncident>(text, shown, &incidentLine, &parseIncidentCell, problem);
}

std::optional<QList<YearlyEvaluation>> evaluationsFromLines(const QString &text, QString *problem)
{
    return parseEvaluationCell(QString(text).replace(QLatin1Char('\n'), QLatin1Char(';')), problem);
}

} // namespace gme
