#pragma once

#include "domain/Types.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gme {

// The rules of 培训年限管理 (DOMAIN.md, seed 001): a trainee trains 3, 2 or 1 year; the end date
// follows from the start and the years, and fewer years than the track's standard length come
// only from an approved reduction (减免).

// The last day of training: start + years − 1 day (三年 from 2023-07-01 ends 2026-06-30).
QDate trainingEndFor(const QDate &start, int years);

// True when `end` is the end trainingEndFor() gives, or lies in the same month (offices often
// type month precision: 2021.08 – 2024.07).
bool trainingEndConsistent(const QDate &start, int years, const QDate &end);

// "3", "3年", "三年", "3.0" → 3; nullopt for anything that is not 1, 2 or 3 years.
std::optional<int> parseTrainingYears(const QString &text);

// Whether a sheet (the training-years sheet or a roster) may give a trainee `years`: empty when it
// may, else the translated reason. Never other years than an applied reduction set; never more
// than the track's standard, nor fewer without a reduction, unless the trainee already has them.
QString sheetYearsProblem(Track track, std::optional<int> storedYears, std::optional<int> approvedYears, int years);

// Why a reduction request cannot be filed; None when it can.
enum class ReductionRefusal {
    None,
    AssistantGpTrack,   // the assistant-GP track trains its standard length, never less
    AlreadyRequested,   // the trainee already has a reduction request (one per trainee, ever)
    YearsUnknown,       // the trainee's years or start date are not recorded yet
    NotShorter,         // the requested years are not fewer than the current years
    OutOfRange,         // a reduction leaves 1 or 2 years
    ProofNotPdf,        // the proof is not a real PDF (sniffed from its bytes)
    ProofDamaged,       // a PDF that is truncated, encrypted or empty
    ReasonMissing,
    OutOfScope,         // not a trainee this user may see (or does not exist)
    NotBase,            // only a base files a reduction on the trainee's behalf
    NotReturned,        // resubmit: the request is not (or no longer) returned to this base
};
QString reductionRefusalText(ReductionRefusal r); // translated

// The facts a reduction request is judged on, read from the database by the caller.
struct ReductionFacts
{
    Track track = Track::Resident;
    std::optional<int> currentYears;
    QDate trainingStart;
    bool hasRequest = false;
};

// The rule for a new request (not the proof, which checkReductionProof() judges).
ReductionRefusal checkReductionRule(const ReductionFacts &facts, int toYears);

// Only a real, readable PDF is accepted as the proof (the content decides, not the name).
ReductionRefusal checkReductionProof(const QByteArray &bytes, const QString &fileName);

} // namespace gme
