#include "RosterYears.h"

#include "years/TrainingYears.h"

#include <QCoreApplication>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::RosterImport)
};

QString isoDate(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—"); }

} // namespace

bool rosterSetsTrainingYears(const ColumnMapping &m)
{
    return m.has(RosterField::TrainingStart) && (m.has(RosterField::TrainingYears) || m.has(RosterField::TrainingEnd));
}

RosterYears rosterTrainingYears(const RosterYearsInput &in)
{
    static const StoredYears none;
    const StoredYears &stored = in.stored ? *in.stored : none;
    RosterYears out;
    std::optional<int> years;
    if (!in.yearsText.isEmpty()) {
        years = parseTrainingYears(in.yearsText);
        if (!years)
            out.problems.append({RosterField::TrainingYears, Text::tr("Training years must be 1, 2 or 3, not \"%1\".").arg(in.yearsText)});
        else if (!in.start.isValid())
            out.problems.append({RosterField::TrainingStart, Text::tr("Training years need the training start date.")});
        else if (in.end.isValid() && !trainingEndConsistent(in.start, *years, in.end))
            out.problems.append({RosterField::TrainingEnd, Text::tr("%n year(s) from %1 end on %2, not %3.", nullptr, *years)
                                                               .arg(isoDate(in.start), isoDate(trainingEndFor(in.start, *years)),
                                                                    isoDate(in.end))});
    } else if (in.start.isValid() && in.end.isValid()) {
        for (int y = 1; y <= 3 && !years; ++y)
            if (trainingEndConsistent(in.start, y, in.end))
                years = y;
    }
    if (!out.problems.isEmpty())
        return out;

    if (years) {
        out.years = years;
        out.end = trainingEndFor(in.start, *years);
        const QString problem = sheetYearsProblem(in.track, stored.years, stored.approvedYears, *years);
        if (!problem.isEmpty())
            out.problems.append({RosterField::TrainingYears, problem});
    } else if (stored.years && !in.endMapped && in.start.isValid()) {
        out.years = stored.years; // a new start without an end: the stored years carry the end along
        out.end = trainingEndFor(in.start, *stored.years);
    } else {
        out.years = stored.years; // dates that are no whole 1–3 years: the years stay as they are
        out.end = in.endMapped ? in.end : stored.end;
    }
    // A reduction already applied fixed the years and the end; a roster must not undo it quietly.
    if (out.problems.isEmpty() && stored.approvedYears && (out.years != stored.years || in.start != stored.start || out.end != stored.end))
        out.problems.append({RosterField::TrainingYears,
                             Text::tr("An applied reduction set %n year(s), %1 to %2; the roster cannot change the training "
                                      "years or dates (%3 to %4).", nullptr, *stored.approvedYears)
                                 .arg(isoDate(stored.start), isoDate(stored.end), isoDate(in.start), isoDate(out.end))});
    return out;
}

} // namespace gme
