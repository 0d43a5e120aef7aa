#include "DemoTimeline.h"

#include "Clock.h"
#include "db/DbError.h"

#include <QSqlQuery>
#include <QVariant>

namespace gme::demo {
namespace {

// Demo times are wall-clock times held in UTC-spec QDateTimes: stored without a zone anyway, and
// arithmetic on them never consults the time-zone database (glibc stats /etc/localtime on every
// local-time conversion, which dominated the load of 100,000 trainees).
QDateTime wallClock(const QDate &date, const QTime &time) { return QDateTime(date, time, Qt::UTC); }

struct Window
{
    Stage stage;
    QDateTime opens;
    QDateTime closes;
};

QString batchName(int year, Track track)
{
    return track == Track::Resident ? QStringLiteral(u"%1年住院医师规范化培训结业考核").arg(year)
                                    : QStringLiteral(u"%1年助理全科医生培训结业考核").arg(year);
}

qint64 insertBatch(const QSqlDatabase &db, int year, Track track, bool open, const QList<Window> &windows)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO exam_batches (name, year, track, status) VALUES (?, ?, ?, ?) RETURNING id"));
    q.addBindValue(batchName(year, track));
    q.addBindValue(year);
    q.addBindValue(trackCode(track));
    q.addBindValue(open ? QStringLiteral("open") : QStringLiteral("closed"));
    execOrThrow(q, "insert demo exam batch");
    const qint64 id = returnedId(q);

    QSqlQuery w(db);
    prepareOrThrow(w, QStringLiteral("INSERT INTO stage_windows (batch_id, stage, opens_at, closes_at) "
                                     "VALUES (?, ?, ?, ?)"));
    for (const Window &win : windows) {
        w.bindValue(0, id);
        w.bindValue(1, stageCode(win.stage));
        w.bindValue(2, toDbTime(win.opens));
        w.bindValue(3, toDbTime(win.closes));
        execOrThrow(w, "insert demo stage window");
    }
    return id;
}

// This year: every window open from ten days ago for another month; the history so far is spread
// over the time since, in slot order.
ExamTimeline currentTimeline(const QDateTime &now, QList<Window> &windows)
{
    const QDateTime local = now.toLocalTime();
    const QDateTime wallNow = wallClock(local.date(), local.time());
    const QDateTime opens = wallClock(wallNow.date().addDays(-10), QTime(9, 0));
    const QDateTime closes = wallClock(wallNow.date().addDays(31), QTime(0, 0));
    for (Stage s : {Stage::Registration, Stage::BaseReview, Stage::CityReview, Stage::FinalReview})
        windows.append({s, opens, closes});

    static constexpr double kBounds[kSlotCount + 1] = {0.0, 0.2, 0.35, 0.5, 0.6, 0.7, 0.8, 1.0};
    const QDateTime until = wallNow.addSecs(-3600);
    const qint64 span = opens.secsTo(until);
    ExamTimeline t;
    for (int s = 0; s < kSlotCount; ++s) {
        t.from[s] = opens.addSecs(qint64(span * kBounds[s]));
        t.to[s] = opens.addSecs(qint64(span * kBounds[s + 1]));
    }
    return t;
}

// Last year, with the stage dates of the 2023 Guangdong notice; second reviews happen only in the
// city window, so last year's returns come from the base alone.
ExamTimeline previousTimeline(int year, QList<Window> &windows)
{
    auto at = [year](int month, int day, int hour) { return wallClock(QDate(year, month, day), QTime(hour, 0)); };
    windows = {{Stage::Registration, at(3, 14, 9), at(3, 22, 0)},
               {Stage::BaseReview, at(3, 14, 9), at(3, 27, 0)},
               {Stage::CityReview, at(3, 27, 9), at(4, 1, 0)},
               {Stage::FinalReview, at(4, 1, 9), at(4, 4, 0)}};
    ExamTimeline t;
    t.current = false;
    t.from[SubmitSlot] = at(3, 14, 9);      t.to[SubmitSlot] = at(3, 16, 9);
    t.from[BaseSlot] = at(3, 16, 9);        t.to[BaseSlot] = at(3, 19, 9);
    t.from[ResubmitSlot] = at(3, 19, 9);    t.to[ResubmitSlot] = at(3, 21, 18);
    t.from[BaseAgainSlot] = at(3, 22, 9);   t.to[BaseAgainSlot] = at(3, 26, 18);
    t.from[CitySlot] = at(3, 27, 9);        t.to[CitySlot] = at(3, 31, 18);
    t.from[CityAgainSlot] = at(3, 27, 9);   t.to[CityAgainSlot] = at(3, 31, 18);
    t.from[FinalSlot] = at(4, 1, 9);        t.to[FinalSlot] = at(4, 3, 18);
    return t;
}

} // namespace

QString wallClockText(const QDateTime &t)
{
    const QDate d = t.date();
    const QTime tm = t.time();
    char16_t buf[19];
    auto put = [&buf](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    buf[10] = u'T';
    put(11, tm.hour(), 2);
    buf[13] = u':';
    put(14, tm.minute(), 2);
    buf[16] = u':';
    put(17, tm.second(), 2);
    return QString(reinterpret_cast<const QChar *>(buf), 19);
}

QList<ExamTimeline> insertDemoExamBatches(const QSqlDatabase &db, const QDateTime &now)
{
    QList<ExamTimeline> out;
    const int year = now.toLocalTime().date().year();
    for (bool current : {true, false}) {
        for (Track track : {Track::Resident, Track::AssistantGp}) {
            QList<Window> windows;
            ExamTimeline t = current ? currentTimeline(now, windows) : previousTimeline(year - 1, windows);
            t.year = current ? year : year - 1;
            t.track = track;
            t.batchId = insertBatch(db, t.year, track, current, windows);
            out.append(t);
        }
    }
    return out;
}

} // namespace gme::demo
