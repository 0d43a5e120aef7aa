#include "TestSupport.h"

#include "domain/IdNumber.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

namespace gme::test {
namespace {

QDateTime at(int month, int day) { return QDateTime(QDate(2023, month, day), QTime(0, 0)); }

QSqlQuery run(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw std::runtime_error(("prepare: " + q.lastError().text() + " in " + sql).toStdString());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        throw std::runtime_error(("exec: " + q.lastError().text() + " in " + sql).toStdString());
    return q;
}

} // namespace

void execSql(QSqlDatabase db, const QString &sql, const QVariantList &binds) { run(db, sql, binds); }

QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q = run(db, sql, binds);
    return q.next() ? q.value(0) : QVariant();
}

TestDb::TestDb() : m_clock(timeIn(Stage::BaseReview))
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory");
    m_path = m_dir.filePath(QStringLiteral("test.sqlite"));
    m_database = std::make_unique<Database>(m_path);
    m_database->migrate();
    seed();
}

TestDb::~TestDb() = default;

QDateTime TestDb::windowOpens(Stage stage)
{
    switch (stage) {
    case Stage::Registration: return at(3, 14);
    case Stage::BaseReview: return at(3, 14);
    case Stage::CityReview: return at(3, 27);
    case Stage::FinalReview: return at(4, 1);
    }
    return {};
}

QDateTime TestDb::windowCloses(Stage stage)
{
    switch (stage) {
    case Stage::Registration: return at(3, 22);
    case Stage::BaseReview: return at(3, 27);
    case Stage::CityReview: return at(4, 1);
    case Stage::FinalReview: return at(4, 4);
    }
    return {};
}

QDateTime TestDb::timeIn(Stage stage)
{
    // Noon of the second day: inside the window, outside every other review window.
    return windowOpens(stage).addDays(1).addSecs(12 * 3600);
}

QString TestDb::residentId(int n)
{
    const QDate birth = QDate(1990, 1, 1).addDays(n / 900);
    const QString first17 = QStringLiteral("440106") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QString::number(100 + n % 900);
    return first17 + residentIdCheckChar(first17);
}

qint64 TestDb::insertOrg(const QString &code, const QString &name, const QString &kind, qint64 parent)
{
    QSqlQuery q = run(db(), QStringLiteral("INSERT INTO orgs (code, name, kind, parent_id, track) VALUES (?, ?, ?, ?, ?)"),
                      {code, name, kind, parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()),
                       kind == QLatin1String("base") ? QVariant(QStringLiteral("resident"))
                                                     : QVariant(QMetaType::fromType<QString>())});
    return q.lastInsertId().toLongLong();
}

User TestDb::insertUser(const QString &username, const QString &display, Role role, qint64 orgId, const QString &orgName)
{
    // Sign-in is tested elsewhere; the hash only has to be non-empty.
    QSqlQuery q = run(db(), QStringLiteral("INSERT INTO users (username, display_name, role, org_id, password_hash) "
                                           "VALUES (?, ?, ?, ?, 'dummy')"),
                      {username, display, roleCode(role), orgId});
    return User{q.lastInsertId().toLongLong(), username, display, role, orgId, orgName};
}

void TestDb::seed()
{
    const QString province = QStringLiteral(u"测试省");
    m_p.province = insertOrg(QStringLiteral("P"), province, QStringLiteral("province"), 0);
    m_p.cityA = insertOrg(QStringLiteral("CA"), QStringLiteral(u"甲市"), QStringLiteral("city"), m_p.province);
    m_p.cityB = insertOrg(QStringLiteral("CB"), QStringLiteral(u"乙市"), QStringLiteral("city"), m_p.province);
    m_p.baseA1 = insertOrg(QStringLiteral("A1"), QStringLiteral(u"甲市第一人民医院"), QStringLiteral("base"), m_p.cityA);
    m_p.baseA2 = insertOrg(QStringLiteral("A2"), QStringLiteral(u"甲市中医院"), QStringLiteral("base"), m_p.cityA);
    m_p.baseB1 = insertOrg(QStringLiteral("B1"), QStringLiteral(u"乙市人民医院"), QStringLiteral("base"), m_p.cityB);

    m_p.baseA1User = insertUser(QStringLiteral("a1"), QStringLiteral(u"甲一审核员"), Role::Base, m_p.baseA1, QStringLiteral(u"甲市第一人民医院"));
    m_p.baseA2User = insertUser(QStringLiteral("a2"), QStringLiteral(u"甲二审核员"), Role::Base, m_p.baseA2, QStringLiteral(u"甲市中医院"));
    m_p.baseB1User = insertUser(QStringLiteral("b1"), QStringLiteral(u"乙一审核员"), Role::Base, m_p.baseB1, QStringLiteral(u"乙市人民医院"));
    m_p.cityAUser = insertUser(QStringLiteral("ca"), QStringLiteral(u"甲市复审员"), Role::Municipal, m_p.cityA, QStringLiteral(u"甲市"));
    m_p.cityBUser = insertUser(QStringLiteral("cb"), QStringLiteral(u"乙市复审员"), Role::Municipal, m_p.cityB, QStringLiteral(u"乙市"));
    m_p.provincialUser = insertUser(QStringLiteral("prov"), QStringLiteral(u"省终审员"), Role::Provincial, m_p.province, province);
    m_p.sysadmin = insertUser(QStringLiteral("admin"), QStringLiteral(u"管理员"), Role::Sysadmin, m_p.province, province);

    m_p.specialtyName = QStringLiteral(u"内科");
    m_p.otherSpecialtyName = QStringLiteral(u"外科");
    execSql(db(), QStringLiteral("INSERT INTO specialties (code, name, track) VALUES (?, ?, 'resident'), (?, ?, 'resident')"),
            {m_p.specialtyCode, m_p.specialtyName, m_p.otherSpecialtyCode, m_p.otherSpecialtyName});

    QSqlQuery b = run(db(), QStringLiteral("INSERT INTO exam_batches (name, year, track) VALUES (?, 2023, 'resident')"),
                      {QStringLiteral(u"2023年住院医师结业考核")});
    m_p.examBatch = b.lastInsertId().toLongLong();
    for (Stage s : {Stage::Registration, Stage::BaseReview, Stage::CityReview, Stage::FinalReview})
        execSql(db(), QStringLiteral("INSERT INTO stage_windows (batch_id, stage, opens_at, closes_at) VALUES (?, ?, ?, ?)"),
                {m_p.examBatch, stageCode(s), toDbTime(windowOpens(s)), toDbTime(windowCloses(s))});
}

qint64 TestDb::addRegistration(qint64 baseId, State state, const QString &name)
{
    const int n = m_nextTrainee++;
    const QString traineeName = name.isEmpty() ? QStringLiteral(u"学员%1").arg(n) : name;
    // Alternate the specialty and gender so filters have something to tell apart.
    QSqlQuery t = run(db(), QStringLiteral("INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, "
                                           "specialty_code, birth_date, training_start, training_end) "
                                           "VALUES (?, ?, ?, ?, 'resident', ?, ?, '1990-01-01', '2020-09-01', '2023-08-31')"),
                      {residentId(n), traineeName, n % 2 ? QStringLiteral("M") : QStringLiteral("F"),
                       QStringLiteral(u"面向社会招收"), baseId, n % 2 ? m_p.specialtyCode : m_p.otherSpecialtyCode});
    const QString now = toDbTime(windowOpens(Stage::Registration).addSecs(3600));
    QSqlQuery r = run(db(), QStringLiteral("INSERT INTO registrations (batch_id, trainee_id, base_id, state, submitted_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"),
                      {m_p.examBatch, t.lastInsertId(), baseId, stateCode(state), now, now});
    return r.lastInsertId().toLongLong();
}

qint64 TestDb::addRegistrations(qint64 baseId, State state, int count)
{
    QSqlDatabase c = db();
    c.transaction();
    QSqlQuery t(c);
    t.prepare(QStringLiteral("INSERT INTO trainees (id_number, name, gender, person_type, track, base_id, specialty_code) "
                             "VALUES (?, ?, ?, ?, 'resident', ?, ?)"));
    QSqlQuery r(c);
    r.prepare(QStringLiteral("INSERT INTO registrations (batch_id, trainee_id, base_id, state, submitted_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    const QString now = toDbTime(windowOpens(Stage::Registration).addSecs(3600));
    const QString personType = QStringLiteral(u"面向社会招收");
    qint64 first = 0;
    for (int i = 0; i < count; ++i) {
        const int n = m_nextTrainee++;
        t.bindValue(0, residentId(n));
        t.bindValue(1, QStringLiteral(u"学员%1").arg(n));
        t.bindValue(2, n % 2 ? QStringLiteral("M") : QStringLiteral("F"));
        t.bindValue(3, personType);
        t.bindValue(4, baseId);
        t.bindValue(5, n % 2 ? m_p.specialtyCode : m_p.otherSpecialtyCode);
        if (!t.exec())
            throw std::runtime_error(t.lastError().text().toStdString());
        r.bindValue(0, m_p.examBatch);
        r.bindValue(1, t.lastInsertId());
        r.bindValue(2, baseId);
        r.bindValue(3, stateCode(state));
        r.bindValue(4, now);
        r.bindValue(5, now);
        if (!r.exec())
            throw std::runtime_error(r.lastError().text().toStdString());
        if (i == 0)
            first = r.lastInsertId().toLongLong();
    }
    c.commit();
    return first;
}

void TestDb::addDecision(qint64 registrationId, const User &by, Stage stage, Action action, State from, State to,
                         const QString &reason)
{
    execSql(db(), QStringLiteral("INSERT INTO decisions (registration_id, user_id, stage, action, from_state, to_state, "
                                 "reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {registrationId, by.id, stageCode(stage), actionCode(action), stateCode(from), stateCode(to),
             reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason), toDbTime(m_clock.now())});
}

void TestDb::setWindow(Stage stage, const QDateTime &opens, const QDateTime &closes)
{
    execSql(db(), QStringLiteral("UPDATE stage_windows SET opens_at = ?, closes_at = ? WHERE batch_id = ? AND stage = ?"),
            {toDbTime(opens), toDbTime(closes), m_p.examBatch, stageCode(stage)});
}

qint64 TestDb::addEvidence(qint64 registrationId, const QString &kind, const QString &fileName,
                           const QByteArray &content, const QString &mimeType)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    execSql(db(), QStringLiteral("INSERT OR IGNORE INTO evidence_blobs (sha256, content) VALUES (?, ?)"), {sha, content});
    QSqlQuery q = run(db(), QStringLiteral("INSERT INTO evidence (registration_id, kind, file_name, mime_type, size_bytes, "
                                           "sha256, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {registrationId, kind, fileName, mimeType, qint64(content.size()), sha, toDbTime(m_clock.now())});
    return q.lastInsertId().toLongLong();
}

State TestDb::stateOf(qint64 id) const
{
    const QVariant v = scalar(db(), QStringLiteral("SELECT state FROM registrations WHERE id = ?"), {id});
    const auto s = stateFromCode(v.toString());
    if (!s)
        throw std::runtime_error("no registration " + std::to_string(id));
    return *s;
}

int TestDb::versionOf(qint64 id) const
{
    return scalar(db(), QStringLiteral("SELECT version FROM registrations WHERE id = ?"), {id}).toInt();
}

QString TestDb::nameOf(qint64 id) const
{
    return scalar(db(), QStringLiteral("SELECT t.name FROM registrations r JOIN trainees t ON t.id = r.trainee_id WHERE r.id = ?"), {id}).toString();
}

QString TestDb::idNumberOf(qint64 id) const
{
    return scalar(db(), QStringLiteral("SELECT t.id_number FROM registrations r JOIN trainees t ON t.id = r.trainee_id WHERE r.id = ?"), {id}).toString();
}

QList<DecisionRecord> TestDb::decisionsOf(qint64 id) const
{
    QSqlQuery q = run(db(), QStringLiteral("SELECT id, registration_id, batch_action_id, user_id, stage, action, from_state, "
                                           "to_state, reason, decided_at FROM decisions WHERE registration_id = ? ORDER BY id"),
                      {id});
    QList<DecisionRecord> out;
    while (q.next())
        out.append(DecisionRecord{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                  q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                                  q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                                  q.value(9).toString()});
    return out;
}

int TestDb::count(const QString &table) const
{
    // Table names cannot be bound; tests pass literals only.
    return scalar(db(), QStringLiteral("SELECT COUNT(*) FROM ") + table).toInt();
}

} // namespace gme::test
