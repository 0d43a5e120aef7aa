#include "DemoRecruitment.h"

#include "Clock.h"
#include "DemoPeople.h"
#include "WeightedPick.h"
#include "db/DbError.h"
#include "recruitment/RecruitmentWorkflow.h"

#include <QHash>
#include <QSqlQuery>

#include <tuple>

namespace gme::demo {
namespace {

using namespace recruit;

// The moves that lead to each state, in order (the decision log written for it).
QStringList pathTo(const QString &state)
{
    const QStringList toSent{kPreAdmit, kAdmit, kSend};
    if (state == kApplied) return {};
    if (state == kPreAdmitted) return {kPreAdmit};
    if (state == kNotAdmitted) return {kNotAdmit};
    if (state == kAdmitted) return {kPreAdmit, kAdmit};
    if (state == kSent) return toSent;
    if (state == kAccepted) return toSent + QStringList{kAccept};
    if (state == kDeclined) return toSent + QStringList{kDecline};
    if (state == kConfirmed) return toSent + QStringList{kAccept, kConfirm};
    if (state == kRefused) return toSent + QStringList{kAccept, kRefuse};
    if (state == kReported) return toSent + QStringList{kAccept, kConfirm, kReportIn};
    return toSent + QStringList{kAccept, kConfirm, kNoShow};
}

const QStringList kEveryState{kApplied, kPreAdmitted, kNotAdmitted, kAdmitted, kSent, kAccepted, kDeclined,
                              kConfirmed, kRefused, kReported, kNotReported};

// Mostly early states: recruitment is under way.
QString pickState(QRandomGenerator &rng)
{
    static const QList<std::pair<const QString *, int>> weights{
        {&kApplied, 30}, {&kPreAdmitted, 15}, {&kNotAdmitted, 6}, {&kAdmitted, 10}, {&kSent, 12}, {&kAccepted, 8},
        {&kDeclined, 2}, {&kConfirmed, 7}, {&kRefused, 1}, {&kReported, 7}, {&kNotReported, 2}};
    int roll = int(rng.bounded(100));
    for (const auto &[state, weight] : weights) {
        if (roll < weight)
            return *state;
        roll -= weight;
    }
    return kApplied;
}

void exec(QSqlQuery &q, const QVariantList &binds, const char *what)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    execOrThrow(q, what);
}

} // namespace

void insertDemoRecruitment(const QSqlDatabase &db, const DemoOrgs &orgs, PersonFactory &people, QRandomGenerator &rng,
                           const QDateTime &now)
{
    const int year = now.date().year();
    QHash<int, qint64> roundOf; // by track
    QSqlQuery round(db);
    prepareOrThrow(round, QStringLiteral("INSERT INTO recruitment_rounds (name, year, track) VALUES (?, ?, ?) RETURNING id"));
    QSqlQuery window(db);
    prepareOrThrow(window, QStringLiteral("INSERT INTO recruitment_windows (round_id, stage, opens_at, closes_at) VALUES (?, ?, ?, ?)"));
    for (Track track : {Track::Resident, Track::AssistantGp}) {
        const QString name = track == Track::Resident ? QStringLiteral("%1年住院医师招录").arg(year)
                                                      : QStringLiteral("%1年助理全科医生招录").arg(year);
        exec(round, {name, year, trackCode(track)}, "insert recruitment round");
        round.next();
        const qint64 id = round.value(0).toLongLong();
        round.finish();
        roundOf.insert(int(track), id);
        const QList<std::tuple<QString, int, int>> windows{{kStagePreAudit, -30, 15},
                                                           {kStageAdmission, -30, 30},
                                                           {kStageConfirmation, -20, 40},
                                                           {kStageCityConfirmation, -20, 50},
                                                           {kStageReportIn, -10, 70}};
        for (const auto &[stage, from, to] : windows)
            exec(window, {id, stage, toDbTime(now.addDays(from)), toDbTime(now.addDays(to))}, "insert recruitment window");
    }

    QSqlQuery app(db);
    prepareOrThrow(app, QStringLiteral("INSERT INTO applications (round_id, base_id, id_number, name, gender, person_type, "
                                       "phone, choice1, choice2, choice3, obey_adjustment, admitted_specialty, state, "
                                       "sent_at, accepted_at, reported_at, version, submitted_at, updated_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery log(db);
    prepareOrThrow(log, QStringLiteral("INSERT INTO application_decisions (application_id, user_id, stage, action, "
                                       "from_state, to_state, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant null(QMetaType::fromType<QString>());
    QHash<QString, int> placed; // "base/specialty" → places taken
    const Workflow &wf = workflow();
    for (qsizetype b = 0; b < orgs.bases.size(); ++b) {
        const DemoBase &base = orgs.bases.at(b);
        const bool firstOfTrack = b == 0 || b == orgs.residentBaseCount;
        const int count = firstOfTrack ? 40 : 6 + int(rng.bounded(8));
        for (int i = 0; i < count; ++i) {
            const QString state = firstOfTrack && i < kEveryState.size() ? kEveryState.at(i) : pickState(rng);
            const DemoPerson person = people.make(base, year + 3);
            QStringList choices{person.specialtyCode};
            for (const QString &s : base.specialtyCodes)
                if (choices.size() < 1 + int(rng.bounded(3)) && !choices.contains(s))
                    choices.append(s);
            const QStringList path = pathTo(state);
            const bool admitted = path.contains(kAdmit);
            // Results sent 1 to 20 hours ago: some can still be changed, some are locked.
            const QDateTime sentAt = now.addSecs(-3600 * (1 + qint64(rng.bounded(20))) - (path.size() > 3 ? 86400 * 3 : 0));
            const QDateTime submitted = now.addDays(-25).addSecs(qint64(rng.bounded(86400)));
            exec(app,
                 {roundOf.value(int(base.track)), base.id, person.idNumber, person.name,
                  person.male ? QStringLiteral("M") : QStringLiteral("F"), person.personType, person.phone, choices.value(0),
                  choices.size() > 1 ? QVariant(choices.at(1)) : null, choices.size() > 2 ? QVariant(choices.at(2)) : null,
                  chance(rng, 60) ? 1 : 0, admitted ? QVariant(choices.first()) : null, state,
                  path.contains(kSend) ? QVariant(toDbTime(sentAt)) : null,
                  path.contains(kAccept) ? QVariant(toDbTime(sentAt.addDays(1))) : null,
                  path.contains(kReportIn) ? QVariant(toDbTime(now.addDays(-1))) : null, 1 + int(path.size()),
                  toDbTime(submitted), toDbTime(submitted)},
                 "insert application");
            app.next();
            const qint64 id = app.value(0).toLongLong();
            app.finish();
            if (admitted && state != kDeclined && state != kRefused && state != kNotReported)
                ++placed[QStringLiteral("%1/%2").arg(base.id).arg(choices.first())];

            exec(log, {id, base.reviewerId, QStringLiteral("application"), QStringLiteral("submit"), null, kApplied, null,
                       toDbTime(submitted)},
                 "log application");
            QString from = kApplied;
            QDateTime at = submitted;
            for (const QString &action : path) {
                const Role role = action == kConfirm || action == kRefuse ? Role::Municipal : Role::Base;
                const std::optional<Step> step = wf.findStep(role, from, action);
                if (!step)
                    throw DbError(QStringLiteral("demo recruitment path has no step %1 from %2").arg(action, from));
                at = action == kSend ? sentAt : (action == kAccept ? sentAt.addDays(1) : at.addSecs(3600 * 5));
                const QString reason = step->needsReason ? QStringLiteral("不符合本基地招录条件") : QString();
                exec(log, {id, role == Role::Base ? base.reviewerId : base.authorityReviewerId, step->stage, action, from,
                           step->to, reason.isEmpty() ? null : QVariant(reason), toDbTime(at)},
                     "log recruitment decision");
                from = step->to;
            }
        }
    }

    // Plans: every specialty of every base, never below what the demo already admitted.
    QSqlQuery plan(db);
    prepareOrThrow(plan, QStringLiteral("INSERT INTO admission_plans (round_id, base_id, specialty_code, quota) VALUES (?, ?, ?, ?)"));
    for (const DemoBase &base : orgs.bases)
        for (const QString &s : base.specialtyCodes) {
            const int taken = placed.value(QStringLiteral("%1/%2").arg(base.id).arg(s));
            exec(plan, {roundOf.value(int(base.track)), base.id, s, std::max(taken + 1, 3 + int(rng.bounded(8)))},
                 "insert admission plan");
        }
}

void insertDemoChangeRequests(const QSqlDatabase &db, const DemoOrgs &orgs, const QDateTime &now)
{
    // Two trainees of each of the first bases ask for another specialty of their base.
    QSqlQuery pick(db);
    prepareOrThrow(pick, QStringLiteral("SELECT t.id, t.specialty_code, s.name FROM trainees t "
                                        "JOIN specialties s ON s.code = t.specialty_code WHERE t.base_id = ? ORDER BY t.id LIMIT 2"));
    QSqlQuery name(db);
    prepareOrThrow(name, QStringLiteral("SELECT name FROM specialties WHERE code = ?"));
    QSqlQuery insert(db);
    prepareOrThrow(insert, QStringLiteral("INSERT INTO change_requests (trainee_id, base_id, kind, old_value, new_value, "
                                          "old_label, new_label, reason, state, filed_by, submitted_at, updated_at) "
                                          "VALUES (?, ?, 'specialty', ?, ?, ?, ?, ?, 'submitted', ?, ?, ?) RETURNING id"));
    QSqlQuery log(db);
    prepareOrThrow(log, QStringLiteral("INSERT INTO change_request_decisions (change_request_id, user_id, stage, action, "
                                       "from_state, to_state, reason, decided_at) VALUES (?, ?, 'filing', 'file', NULL, "
                                       "'submitted', ?, ?)"));
    const QString at = toDbTime(now.addDays(-2));
    for (qsizetype b = 0; b < std::min<qsizetype>(12, orgs.bases.size()); ++b) {
        const DemoBase &base = orgs.bases.at(b);
        exec(pick, {base.id}, "pick demo trainees");
        QList<std::tuple<qint64, QString, QString>> trainees;
        while (pick.next())
            trainees.emplaceBack(pick.value(0).toLongLong(), pick.value(1).toString(), pick.value(2).toString());
        pick.finish();
        for (const auto &[trainee, code, label] : trainees) {
            QString target;
            for (const QString &s : base.specialtyCodes)
                if (s != code) {
                    target = s;
                    break;
                }
            if (target.isEmpty())
                continue;
            exec(name, {target}, "read specialty");
            const QString targetName = name.next() ? name.value(0).toString() : target;
            name.finish();
            const QString reason = QStringLiteral("学员申请调整培训专业，已经科室与教学部同意");
            exec(insert, {trainee, base.id, code, target, label, targetName, reason, base.reviewerId, at, at},
                 "insert demo change request");
            insert.next();
            const qint64 id = insert.value(0).toLongLong();
            insert.finish();
            exec(log, {id, base.reviewerId, reason, at}, "log demo change request");
        }
    }
}

} // namespace gme::demo
