#pragma once

#include "Teacher.h"

#include <QDate>
#include <QList>
#include <QString>

namespace gme {

// The conditions a supervising teacher must meet (师资准入条件):
//  - attending physician (主治医师) for 3 years or more: eligible from the day 3 years after the
//    title was obtained (exactly 3 years counts); a higher title needs the attending date too;
//  - no main-responsibility malpractice in the last 3 years, and
//  - no serious teaching incident in the last 3 years: an event counts up to and including the day
//    3 years after it, so one dated 3 years and one day ago no longer counts;
//  - no failing yearly evaluation two years running: two consecutive calendar years both failed
//    make a teacher ineligible while the later of them is this year or one of the two before
//    (the same 3-year horizon as the other rules); a year without an evaluation breaks the run.
enum class EligibilityRule { AttendingThreeYears, NoMalpractice, NoSeriousIncident, NoFailingYearsRunning };

struct EligibilityFlag
{
    EligibilityRule rule;
    bool met = false;
    QString reason; // translated: why it is met or not, naming the dates that decided it
};

struct Eligibility
{
    QList<EligibilityFlag> flags; // one per rule, in the order of the enum

    bool eligible() const;
    // The reasons of the unmet rules, one per line; empty when eligible.
    QString problems() const;
    const EligibilityFlag *flag(EligibilityRule rule) const;
};

Eligibility checkEligibility(const Teacher &teacher, const QDate &today);

QString eligibilityRuleName(EligibilityRule rule); // translated, short

} // namespace gme
