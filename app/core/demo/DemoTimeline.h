#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include <array>

namespace gme::demo {

// The moments of the demo history, as slots a registration passes through in order:
// 0 submit, 1 base review, 2 second review, 3 resubmission after a return, 4 base review again,
// 5 second review again, 6 final review. Every slot lies after the ones before it, so any path
// through them is in time order, and inside the stage window it belongs to.
inline constexpr int kSlotCount = 7;
enum Slot { SubmitSlot, BaseSlot, CitySlot, ResubmitSlot, BaseAgainSlot, CityAgainSlot, FinalSlot };

struct ExamTimeline
{
    qint64 batchId = 0;
    int year = 0;
    Track track = Track::Resident;
    bool current = true; // this year's batch, windows open now; else last year's, closed
    std::array<QDateTime, kSlotCount> from;
    std::array<QDateTime, kSlotCount> to;

    QDateTime at(int slot, QRandomGenerator &rng) const
    {
        const qint64 span = from[slot].secsTo(to[slot]);
        return from[slot].addSecs(span > 0 ? rng.bounded(quint32(span)) : 0);
    }
};

// "yyyy-MM-ddTHH:mm:ss", as toDbTime() writes it, without QDateTime::toString's locale machinery:
// the demo formats a million of these.
QString wallClockText(const QDateTime &t);

// Inserts this year's batches (one per track, every stage window opened ten days before `now`
// and closing thirty days after it) and last year's closed ones with the 2023 notice's dates.
// Returns this year's resident and assistant-GP timelines, then last year's. Throws DbError.
QList<ExamTimeline> insertDemoExamBatches(const QSqlDatabase &db, const QDateTime &now);

} // namespace gme::demo
