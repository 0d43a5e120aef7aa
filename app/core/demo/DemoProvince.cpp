#include "DemoProvince.h"

#include "Clock.h"
#include "DemoBulkLoad.h"
#include "DemoCatalog.h"
#include "DemoEvidence.h"
#include "DemoHistoryWriter.h"
#include "DemoOrgs.h"
#include "DemoPaths.h"
#include "DemoPeople.h"
#include "DemoRecruitment.h"
#include "DemoRecords.h"
#include "DemoReductions.h"
#include "DemoTeachers.h"
#include "DemoTimeline.h"
#include "DemoUsers.h"
#include "auth/Authenticator.h"
#include "db/Database.h"
#include "db/DbError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace gme {
namespace {

using namespace demo;

constexpr int kResidentSharePercent = 80;
constexpr int kPreviousCohortPercent = 30;
constexpr int kMakeupPercentOfPassed = 15; // of last year's passed registrants, as make-up candidates now
constexpr int kProgressEvery = 1000;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Demo)
};

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        throw DbError(Text::tr("Cannot read the database: %1").arg(sql));
    return q.value(0).toLongLong();
}

qint64 nextId(const QSqlDatabase &db, const char *table)
{
    return scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(QLatin1String(table)));
}

void insertSpecialties(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    prepareOrThrow(q, QStringLiteral("INSERT INTO specialties (code, name, track) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const SpecialtySeed &s : specialtySeeds()) {
        q.bindValue(0, s.code);
        q.bindValue(1, s.name);
        q.bindValue(2, trackCode(s.track));
        execOrThrow(q, "insert demo specialty");
    }
}

WeightedPick basePicker(const QList<DemoBase> &bases, qsizetype from, qsizetype to)
{
    QList<int> weights;
    for (qsizetype i = from; i < to; ++i)
        weights.append(bases.at(i).weight);
    return WeightedPick(weights);
}

} // namespace

bool createDemoProvince(Database &database, const DemoOptions &options, const Clock &clock,
                        const std::function<bool(int, int)> &progress)
{
    if (options.trainees < 0)
        throw DbError(Text::tr("The number of demo trainees cannot be negative."));
    QSqlDatabase db = database.connection();
    if (scalar(db, QStringLiteral("SELECT COUNT(*) FROM orgs")) > 0)
        throw DbError(Text::tr("The database %1 already has organisations; the demo province can only be created in an "
                         "empty database.").arg(database.location()));
    const int total = options.trainees;
    if (progress && !progress(0, total))
        return false;

    // The slow parts come before the transaction: one Argon2 hash shared by every demo user, and
    // the ten evidence files every registrant's evidence points at.
    const QString passwordHash = Authenticator::hashPassword(QString::fromLatin1(kDemoPassword));
    const EvidencePool pool = makeEvidencePool();

    BulkLoadSettings bulk(db);
    Transaction tx(db);
    insertSpecialties(db);
    DemoOrgs orgs = insertDemoOrgs(db);
    insertDemoUsers(db, orgs, passwordHash);
    const QList<ExamTimeline> timelines = insertDemoExamBatches(db, clock.now());
    insertEvidenceBlobs(db, pool);
    DeferredIndexes indexes(db);
    setBatchSizesWritable(db, true);
    auto timelineOf = [&](Track track, bool current) -> const ExamTimeline & {
        for (const ExamTimeline &t : timelines)
            if (t.track == track && t.current == current)
                return t;
        return timelines.front();
    };

    QRandomGenerator rng(options.seed);
    PersonFactory people(rng);
    // The writers' tables in the order their rows must reach the database (see BulkRows).
    BulkRows rows(db);
    TraineeWriter trainees(rows, nextId(db, "trainees"));
    HistoryWriter history(rows, rng, nextId(db, "registrations"), nextId(db, "batch_actions"));
    EvidenceRowWriter evidence(rows, pool, rng);
    ReductionWriter reductions(rows, nextId(db, "reduction_requests"), pool, options.seed, clock.now());
    const WeightedPick residentBase = basePicker(orgs.bases, 0, orgs.residentBaseCount);
    const WeightedPick gpBase = basePicker(orgs.bases, orgs.residentBaseCount, orgs.bases.size());
    const int currentYear = timelineOf(Track::Resident, true).year;

    // base1 shows every state from its first rows on, however few trainees are asked for.
    static constexpr State kEveryState[] = {State::Submitted, State::BasePassed, State::CityPassed,
                                            State::FinalPassed, State::Rejected, State::Returned,
                                            State::Cancelled};
    int base1Shown = 0;

    for (int i = 0; i < total; ++i) {
        if (progress && i % kProgressEvery == 0 && i > 0 && !progress(i, total))
            return false; // the transaction rolls back
        const bool resident = chance(rng, kResidentSharePercent);
        const qsizetype baseIndex = resident ? residentBase(rng) : orgs.residentBaseCount + gpBase(rng);
        const DemoBase &base = orgs.bases.at(baseIndex);
        const Reviewers who{base.reviewerId, base.authorityReviewerId, orgs.provincialReviewerId};
        const bool previousCohort = chance(rng, kPreviousCohortPercent);
        const DemoPerson person = people.make(base, previousCohort ? currentYear - 1 : currentYear);
        const qint64 traineeId = trainees.write(person, base);
        reductions.write(traineeId, person, base.track, base.id, who, baseIndex == 0);

        auto registerFor = [&](bool current, State state, bool makeup) {
            const ExamTimeline &t = timelineOf(base.track, current);
            const WrittenRegistration r = history.write(t, traineeId, base.id, who, makeup,
                                                        planHistory(rng, state, base.track, current));
            evidence.write(r.id, person, base.track, r.submittedAt);
            return r;
        };

        if (previousCohort) {
            const WrittenRegistration last = registerFor(false, pickPreviousYearState(rng), false);
            if (last.state == State::FinalPassed && chance(rng, kMakeupPercentOfPassed))
                registerFor(true, pickCurrentState(rng), true); // failed one subject, sits it again
        } else {
            State state = pickCurrentState(rng);
            if (baseIndex == 0 && base1Shown < int(std::size(kEveryState)))
                state = kEveryState[base1Shown++];
            registerFor(true, state, false);
        }
    }
    rows.flush();
    history.finish();
    setBatchSizesWritable(db, false);
    // The other queues: recruitment under way and change requests awaiting a decision.
    insertDemoRecruitment(db, orgs, people, rng, clock.now());
    insertDemoChangeRequests(db, orgs, clock.now());
    indexes.rebuild();
    // After the rebuild: the rotations pick each base's first trainees through trainees_base.
    insertDemoTeachers(db, orgs, clock.now().date());
    insertDemoDepartmentHeads(db, orgs, passwordHash);
    advanceIdentitySequences(db);
    if (progress && !progress(total, total))
        return false;
    tx.commit();
    return true;
}

} // namespace gme
