#include "QueueRepository.h"

#include "Clock.h"
#include "Scope.h"
#include "TraineeTimeline.h"
#include "db/DbError.h"
#include "db/SqlDialect.h"

#include <QSqlQuery>

namespace gme {
namespace {

// Columns 0..12 read by RowReader; details append their own after these. Names of specialties,
// bases, cities and exam batches come from small lookup tables read once per load instead of four
// joined text columns per row: at 100,000 rows every text column the driver converts costs ~40 ms.
const QString kRowSelect = QStringLiteral(
    "SELECT r.id, r.version, r.state, r.is_makeup, r.submitted_at, "
    "t.name, t.id_number, t.gender, t.person_type, t.track, t.specialty_code, r.base_id, r.batch_id");
const QString kRowFrom = QStringLiteral(
    " FROM registrations r JOIN trainees t ON t.id = r.trainee_id ");
constexpr int kRowColumns = 13;

// Stored times are "yyyy-MM-ddTHH:mm:ss" local time. Building a local QDateTime asks the C library
// for the zone on every call (with TZ unset glibc re-reads /etc/localtime each time: ~10 µs), which
// alone took a second at 100,000 rows. So the UTC offset is looked up once per date and hour and the
// value built with that fixed offset: the same instant and wall-clock time, compared and shown alike.
class TimeParser
{
public:
    QDateTime operator()(const QString &s)
    {
        if (s.size() != 19 || s.at(4) != QLatin1Char('-') || s.at(10) != QLatin1Char('T'))
            return fromDbTime(s);
        auto num = [&](int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; ++i)
                v = v * 10 + (s.at(i).unicode() - u'0');
            return v;
        };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        const QTime time(num(11, 2), num(14, 2), num(17, 2));
        if (!date.isValid() || !time.isValid())
            return fromDbTime(s);
        const qint64 key = date.toJulianDay() * 24 + time.hour();
        auto it = m_offsets.constFind(key);
        if (it == m_offsets.cend())
            it = m_offsets.insert(key, QDateTime(date, QTime(time.hour(), 0)).offsetFromUtc());
        return QDateTime(date, time, Qt::OffsetFromUTC, *it);
    }

private:
    QHash<qint64, int> m_offsets;
};

// Display names repeat on every row (one base, city, specialty for thousands of rows): share one
// copy of each instead of holding 100,000 equal strings.
class Interner
{
public:
    QString operator()(const QString &s)
    {
        const auto it = m_seen.constFind(s);
        if (it != m_seen.cend())
            return *it;
        m_seen.insert(s, s);
        return s;
    }

private:
    QHash<QString, QString> m_seen;
};

// Turns result rows into QueueRows, sharing repeated strings and resolving names from lookups.
class RowReader
{
public:
    explicit RowReader(QSqlDatabase db)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        prepareOrThrow(q, QStringLiteral("SELECT id, name, parent_id FROM orgs"));
        execOrThrow(q, "read organisations");
        QHash<qint64, qint64> parent;
        while (q.next()) {
            m_orgName.insert(q.value(0).toLongLong(), q.value(1).toString());
            parent.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
        }
        for (auto it = parent.cbegin(); it != parent.cend(); ++it)
            m_cityName.insert(it.key(), m_orgName.value(it.value()));
        prepareOrThrow(q, QStringLiteral("SELECT code, name FROM specialties"));
        execOrThrow(q, "read specialties");
        while (q.next())
            m_specialty.insert(q.value(0).toString(), q.value(1).toString());
        prepareOrThrow(q, QStringLiteral("SELECT id, name FROM exam_batches"));
        execOrThrow(q, "read exam batches");
        while (q.next())
            m_batchName.insert(q.value(0).toLongLong(), q.value(1).toString());
    }

    QueueRow read(const QSqlQuery &q)
    {
        QueueRow row;
        row.registrationId = q.value(0).toLongLong();
        row.version = q.value(1).toInt();
        row.state = stateFromCode(q.value(2).toString()).value_or(State::Submitted);
        row.isMakeup = q.value(3).toInt() != 0;
        row.submittedAt = times(q.value(4).toString());
        row.name = q.value(5).toString();
        row.idNumber = q.value(6).toString();
        row.gender = m_intern(q.value(7).toString());
        row.personType = m_intern(q.value(8).toString());
        row.track = trackFromCode(q.value(9).toString()).value_or(Track::Resident);
        row.specialty = m_specialty.value(q.value(10).toString());
        const qint64 base = q.value(11).toLongLong();
        row.base = m_orgName.value(base);
        row.city = m_cityName.value(base);
        row.examBatch = m_batchName.value(q.value(12).toLongLong());
        return row;
    }

    QString orgName(qint64 id) const { return m_orgName.value(id); }
    TimeParser times;

private:
    Interner m_intern;
    QHash<qint64, QString> m_orgName;
    QHash<qint64, QString> m_cityName; // by base id
    QHash<QString, QString> m_specialty;
    QHash<qint64, QString> m_batchName;
};

const QString kDecisionSelect = QStringLiteral(
    "SELECT d.registration_id, t.name, t.id_number, d.stage, d.action, d.from_state, d.to_state, d.reason, "
    "u.display_name, d.batch_action_id, d.decided_at "
    "FROM decisions d LEFT JOIN users u ON u.id = d.user_id "
    "JOIN registrations r ON r.id = d.registration_id "
    "JOIN trainees t ON t.id = r.trainee_id ");

DecisionEntry readDecision(const QSqlQuery &q, TimeParser &parseTime)
{
    DecisionEntry e;
    e.registrationId = q.value(0).toLongLong();
    e.traineeName = q.value(1).toString();
    e.idNumber = q.value(2).toString();
    e.stage = stageFromCode(q.value(3).toString()).value_or(Stage::Registration);
    e.action = actionFromCode(q.value(4).toString()).value_or(Action::Submit);
    e.fromState = stateFromCode(q.value(5).toString()).value_or(State::Submitted);
    e.toState = stateFromCode(q.value(6).toString()).value_or(State::Submitted);
    e.reason = q.value(7).toString();
    e.reviewer = q.value(8).toString();
    e.batchActionId = q.value(9).toLongLong();
    e.decidedAt = parseTime(q.value(10).toString());
    return e;
}

QDate parseDate(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

} // namespace

QueueRepository::QueueRepository(QSqlDatabase db, User user, const Workflow &workflow)
    : m_db(std::move(db)), m_user(std::move(user)), m_workflow(workflow)
{
}

QVector<QueueRow> QueueRepository::loadQueue() const
{
    QVector<QueueRow> all;
    loadQueue(0, [&all](QVector<QueueRow> &&rows) {
        if (all.isEmpty())
            all = std::move(rows);
        else
            all.append(rows);
    });
    return all;
}

void QueueRepository::loadQueue(int firstRows, const std::function<void(QVector<QueueRow> &&rows)> &take) const
{
    const QList<State> states = m_workflow.queueStates(m_user.role);
    if (states.isEmpty())
        return;
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("r.base_id"));
    const QString select = kRowSelect + kRowFrom
                           + QStringLiteral("WHERE r.state IN (%1) AND %2")
                                 .arg(placeholders(int(states.size())), scope.clause);
    auto bindQueue = [&](QSqlQuery &q) {
        int bind = 0;
        for (State s : states)
            q.bindValue(bind++, stateCode(s));
        for (const QVariant &v : scope.binds)
            q.bindValue(bind++, v);
        return bind;
    };
    RowReader reader(m_db);

    if (firstRows > 0 && sql::dialectOf(m_db) == Dialect::Postgres) {
        // PostgreSQL's driver streams a forward-only result only while nothing else runs on the
        // connection, and whoever takes the first rows reads more for them (their evidence): that
        // would cut the stream off after the first rows. So there the first rows are a statement of
        // their own, the lowest ids (through the primary key: no sort of the whole queue), and the
        // rest a second statement after the last of them.
        QSqlQuery first(m_db);
        first.setForwardOnly(true);
        prepareOrThrow(first, select + QStringLiteral(" ORDER BY r.id LIMIT ?"));
        first.bindValue(bindQueue(first), firstRows);
        execOrThrow(first, "load review queue");
        QVector<QueueRow> rows;
        rows.reserve(firstRows);
        while (first.next())
            rows.append(reader.read(first));
        first.finish();
        const bool more = rows.size() == firstRows;
        const qint64 lastId = rows.isEmpty() ? 0 : rows.constLast().registrationId;
        take(std::move(rows));
        if (!more)
            return;
        QSqlQuery rest(m_db);
        rest.setForwardOnly(true);
        prepareOrThrow(rest, select + QStringLiteral(" AND r.id > ?"));
        rest.bindValue(bindQueue(rest), lastId);
        execOrThrow(rest, "load review queue");
        QVector<QueueRow> others;
        others.reserve(4096);
        while (rest.next())
            others.append(reader.read(rest));
        if (!others.isEmpty())
            take(std::move(others));
        return;
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, select);
    bindQueue(q);
    // No ORDER BY: sorting 100,000 wide rows in SQLite cost a third of the load, and the view sorts
    // anyway. Rows come in index order (state, base, id). SQLite lets the first rows' taker run
    // other statements while this one is still being stepped.
    execOrThrow(q, "load review queue");

    QVector<QueueRow> rows;
    // A COUNT first would cost a second scan; grow geometrically instead, starting generously.
    rows.reserve(firstRows > 0 ? firstRows : 4096);
    bool handedFirst = firstRows <= 0;
    while (q.next()) {
        rows.append(reader.read(q));
        if (!handedFirst && rows.size() == firstRows) {
            take(std::move(rows));
            rows = {};
            rows.reserve(4096);
            handedFirst = true;
        }
    }
    if (!rows.isEmpty() || !handedFirst)
        take(std::move(rows));
}

QVector<QueueRow> QueueRepository::loadRows(const QList<qint64> &registrationIds) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("r.base_id"));
    QHash<qint64, QueueRow> found;
    RowReader reader(m_db);
    constexpr int kChunk = 500;
    for (qsizetype start = 0; start < registrationIds.size(); start += kChunk) {
        const int n = int(std::min<qsizetype>(kChunk, registrationIds.size() - start));
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        prepareOrThrow(q, kRowSelect + kRowFrom
                              + QStringLiteral("WHERE r.id IN (%1) AND %2").arg(placeholders(n), scope.clause));
        int bind = 0;
        for (int i = 0; i < n; ++i)
            q.bindValue(bind++, registrationIds.at(start + i));
        for (const QVariant &v : scope.binds)
            q.bindValue(bind++, v);
        execOrThrow(q, "load rows");
        while (q.next()) {
            QueueRow row = reader.read(q);
            found.insert(row.registrationId, row);
        }
    }
    // In the order asked for (the pending batch's order); ids out of scope are simply absent.
    QVector<QueueRow> rows;
    rows.reserve(found.size());
    for (qint64 id : registrationIds) {
        const auto it = found.find(id);
        if (it != found.end()) {
            rows.append(*it);
            found.erase(it); // an id asked for twice is listed once
        }
    }
    return rows;
}

std::optional<RegistrationDetails> QueueRepository::loadDetails(qint64 registrationId) const
{
    const ScopeSql scope = scopeSql(m_user, QStringLiteral("r.base_id"));
    QSqlQuery q(m_db);
    prepareOrThrow(q, kRowSelect
                          + QStringLiteral(", t.ethnicity, t.birth_date, t.unit_id, t.education, t.degree, t.school, "
                                           "t.graduation_date, t.training_start, t.training_end, t.phone, "
                                           "t.licence_number, r.subjects, r.trainee_id")
                          + kRowFrom + QStringLiteral("WHERE r.id = ? AND ")
                          + scope.clause);
    q.addBindValue(registrationId);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "load registration");
    if (!q.next())
        return std::nullopt;

    RowReader reader(m_db);
    RegistrationDetails d;
    d.row = reader.read(q);
    int c = kRowColumns;
    d.ethnicity = q.value(c++).toString();
    d.birthDate = parseDate(q.value(c++));
    d.unit = reader.orgName(q.value(c++).toLongLong());
    d.education = q.value(c++).toString();
    d.degree = q.value(c++).toString();
    d.school = q.value(c++).toString();
    d.graduationDate = parseDate(q.value(c++));
    d.trainingStart = parseDate(q.value(c++));
    d.trainingEnd = parseDate(q.value(c++));
    d.phone = q.value(c++).toString();
    d.licenceNumber = q.value(c++).toString();
    d.subjects = q.value(c++).toString();
    const qint64 traineeId = q.value(c++).toLongLong();
    q.finish();

    QSqlQuery tl(m_db);
    tl.setForwardOnly(true);
    prepareOrThrow(tl, kDecisionSelect + QStringLiteral("WHERE d.registration_id = ? ORDER BY d.decided_at, d.id"));
    tl.addBindValue(registrationId);
    execOrThrow(tl, "load timeline");
    while (tl.next()) {
        d.timeline.append(readDecision(tl, reader.times));
        nameExamDecision(d.timeline.last(), m_workflow.spec().title);
    }
    mergeByTime(d.timeline, otherFlowDecisions(m_db, m_user, traineeId));

    QSqlQuery ev(m_db);
    prepareOrThrow(ev, QStringLiteral("SELECT id, kind, file_name, mime_type, size_bytes, sha256 "
                                      "FROM evidence WHERE registration_id = ? ORDER BY id"));
    ev.addBindValue(registrationId);
    execOrThrow(ev, "load evidence list");
    while (ev.next())
        d.evidence.append(EvidenceEntry{ev.value(0).toLongLong(), ev.value(1).toString(), ev.value(2).toString(),
                                        ev.value(3).toString(), ev.value(4).toLongLong(), ev.value(5).toString()});
    return d;
}

QList<DecisionEntry> QueueRepository::loadHistory(int limit) const
{
    const ScopeSql who = decidedByOrganisationSql(m_user, QStringLiteral("u"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    prepareOrThrow(q, kDecisionSelect + QStringLiteral("WHERE %1 ORDER BY d.decided_at DESC, d.id DESC LIMIT ?").arg(who.clause));
    int bind = 0;
    for (const QVariant &v : who.binds)
        q.bindValue(bind++, v);
    q.bindValue(bind++, limit);
    execOrThrow(q, "load decision history");
    QList<DecisionEntry> out;
    TimeParser times;
    while (q.next())
        out.append(readDecision(q, times));
    return out;
}

} // namespace gme
