#include "Eligibility.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Teachers)
};

constexpr int kYears = 3;

QString day(const QDate &d) { return d.toString(Qt::ISODate); }

// Events count from their date up to and including the same date kYears later.
bool stillCounts(const QDate &occurredOn, const QDate &today)
{
    return occurredOn.isValid() && occurredOn.addYears(kYears) >= today;
}

EligibilityFlag attendingRule(const Teacher &t, const QDate &today)
{
    EligibilityFlag f{EligibilityRule::AttendingThreeYears, false, {}};
    if (t.title == TeacherTitle::Resident) {
        f.reason = Text::tr("Not an attending physician (title: %1)").arg(teacherTitleName(t.title));
    } else if (!t.attendingSince.isValid()) {
        f.reason = Text::tr("The date the attending-physician title was obtained is missing");
    } else {
        const QDate reached = t.attendingSince.addYears(kYears);
        f.met = reached <= today;
        f.reason = f.met ? Text::tr("Attending physician since %1 (3 years reached on %2)")
                               .arg(day(t.attendingSince), day(reached))
                         : Text::tr("Attending physician only since %1: 3 years are reached on %2")
                               .arg(day(t.attendingSince), day(reached));
    }
    return f;
}

EligibilityFlag malpracticeRule(const Teacher &t, const QDate &today)
{
    EligibilityFlag f{EligibilityRule::NoMalpractice, true, {}};
    QDate latest;
    for (const MalpracticeRecord &m : t.malpractice)
        if (m.mainResponsibility && stillCounts(m.occurredOn, today) && (!latest.isValid() || m.occurredOn > latest))
            latest = m.occurredOn;
    if (latest.isValid()) {
        f.met = false;
        f.reason = Text::tr("Malpractice with main responsibility on %1 (counts until %2)")
                       .arg(day(latest), day(latest.addYears(kYears)));
    } else {
        f.reason = Text::tr("No main-responsibility malpractice in the last 3 years");
    }
    return f;
}

EligibilityFlag incidentRule(const Teacher &t, const QDate &today)
{
    EligibilityFlag f{EligibilityRule::NoSeriousIncident, true, {}};
    QDate latest;
    for (const TeachingIncident &i : t.incidents)
        if (i.serious && stillCounts(i.occurredOn, today) && (!latest.isValid() || i.occurredOn > latest))
            latest = i.occurredOn;
    if (latest.isValid()) {
        f.met = false;
        f.reason = Text::tr("Serious teaching incident on %1 (counts until %2)")
                       .arg(day(latest), day(latest.addYears(kYears)));
    } else {
        f.reason = Text::tr("No serious teaching incident in the last 3 years");
    }
    return f;
}

EligibilityFlag evaluationRule(const Teacher &t, const QDate &today)
{
    EligibilityFlag f{EligibilityRule::NoFailingYearsRunning, true, {}};
    QList<int> failed;
    for (const YearlyEvaluation &e : t.evaluations)
        if (!e.passed)
            failed.append(e.year);
    std::sort(failed.begin(), failed.end());
    const int horizon = today.year() - (kYears - 1);
    int runEnd = 0;
    for (qsizetype i = 1; i < failed.size(); ++i)
        if (failed.at(i) == failed.at(i - 1) + 1 && failed.at(i) >= horizon)
            runEnd = failed.at(i); // the latest such run wins
    if (runEnd) {
        f.met = false;
        f.reason = Text::tr("Failed the yearly evaluation two years running (%1 and %2)").arg(runEnd - 1).arg(runEnd);
    } else {
        f.reason = failed.isEmpty() ? Text::tr("No failing yearly evaluation")
                                    : Text::tr("No two failing yearly evaluations running");
    }
    return f;
}

} // namespace

bool Eligibility::eligible() const
{
    return std::all_of(flags.begin(), flags.end(), [](const EligibilityFlag &f) { return f.met; });
}

QString Eligibility::problems() const
{
    QStringList lines;
    for (const EligibilityFlag &f : flags)
        if (!f.met)
            lines << f.reason;
    return lines.join(QLatin1Char('\n'));
}

const EligibilityFlag *Eligibility::flag(EligibilityRule rule) const
{
    for (const EligibilityFlag &f : flags)
        if (f.rule == rule)
            return &f;
    return nullptr;
}

Eligibility checkEligibility(const Teacher &teacher, const QDate &today)
{
    return Eligibility{{attendingRule(teacher, today), malpracticeRule(teacher, today), incidentRule(teacher, today),
                        evaluationRule(teacher, today)}};
}

QString eligibilityRuleName(EligibilityRule rule)
{
    switch (rule) {
    case EligibilityRule::AttendingThreeYears: return Text::tr("Attending 3+ years");
    case EligibilityRule::NoMalpractice: return Text::tr("No malpractice");
    case EligibilityRule::NoSeriousIncident: return Text::tr("No teaching incident");
    case EligibilityRule::NoFailingYearsRunning: return Text::tr("Evaluations");
    }
    return {};
}

} // namespace gme
