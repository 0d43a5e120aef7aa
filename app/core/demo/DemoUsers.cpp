#include "DemoUsers.h"

#include "DemoCatalog.h"
#include "DemoOrgs.h"
#include "DemoProvince.h"
#include "db/DbError.h"
#include "db/SqlDialect.h"
#include "auth/ScramVerifier.h"

#include <QSqlQuery>
#include <QVariant>

namespace gme::demo {
namespace {

// Embedded: rows with the shared Argon2id hash. Central: login roles made by the server's own
// gme_add_user(), given the demo password's SCRAM verifier (one for all: the same password).
class UserInserter
{
public:
    UserInserter(const QSqlDatabase &db, QString hash)
        : m_q(db), m_hash(std::move(hash)), m_central(sql::dialectOf(db) == Dialect::Postgres)
    {
        if (m_central) {
            m_verifier = scram::sha256Verifier(QString::fromLatin1(kDemoPassword));
            prepareOrThrow(m_q, QStringLiteral("SELECT gme_add_user(?, ?, ?, (SELECT code FROM orgs WHERE id = ?), ?)"));
        } else {
            prepareOrThrow(m_q, QStringLiteral("INSERT INTO users (username, display_name, role, org_id, password_hash) "
                                               "VALUES (?, ?, ?, ?, ?) RETURNING id"));
        }
    }
    qint64 insert(const QString &username, const QString &displayName, Role role, qint64 orgId)
    {
        m_q.bindValue(0, username);
        m_q.bindValue(1, displayName);
        m_q.bindValue(2, roleCode(role));
        m_q.bindValue(3, orgId);
        m_q.bindValue(4, m_central ? m_verifier : m_hash);
        execOrThrow(m_q, "insert demo user");
        ++m_count;
        return returnedId(m_q);
    }
    int count() const { return m_count; }

private:
    QSqlQuery m_q;
    QString m_hash;
    QString m_verifier;
    bool m_central = false;
    int m_count = 0;
};

QString baseOffice(const DemoBase &b) { return b.name + QStringLiteral(u" 住培管理办公室"); }

} // namespace

int insertDemoUsers(const QSqlDatabase &db, DemoOrgs &orgs, const QString &passwordHash)
{
    UserInserter users(db, passwordHash);
    users.insert(QStringLiteral("admin"), QStringLiteral(u"系统管理员"), Role::Sysadmin, orgs.provinceId);
    orgs.provincialReviewerId = users.insert(QStringLiteral("province"), provinceOffice(), Role::Provincial,
                                             orgs.provinceId);

    // The named sign-ins come first so they are the ones that act in the demo history.
    QMap<QString, qint64> authorityReviewer;
    const DemoAuthority &guangzhou = orgs.authorities.front();
    const DemoAuthority &school = orgs.authorities.back();
    authorityReviewer[guangzhou.code] = users.insert(QStringLiteral("guangzhou"), guangzhou.office, Role::Municipal,
                                                     guangzhou.id);
    authorityReviewer[school.code] = users.insert(QStringLiteral("school"), school.office, Role::Municipal, school.id);
    DemoBase &base1 = orgs.bases[0];
    base1.reviewerId = users.insert(QStringLiteral("base1"), baseOffice(base1), Role::Base, base1.id);
    DemoBase &gpBase1 = orgs.bases[orgs.residentBaseCount];
    gpBase1.reviewerId = users.insert(QStringLiteral("gpbase1"), baseOffice(gpBase1), Role::Base, gpBase1.id);

    for (const DemoAuthority &a : orgs.authorities) {
        if (a.code == QLatin1String(kSchoolCode))
            continue;
        const qint64 id = users.insert(QStringLiteral("city-") + a.code, a.office, Role::Municipal, a.id);
        if (!authorityReviewer.contains(a.code))
            authorityReviewer[a.code] = id;
    }
    for (DemoBase &b : orgs.bases) {
        const qint64 id = users.insert(QStringLiteral("base-") + b.code, baseOffice(b), Role::Base, b.id);
        if (!b.reviewerId)
            b.reviewerId = id;
        b.authorityReviewerId = authorityReviewer.value(b.authorityCode);
    }
    return users.count();
}

// Department heads (科室主任) of base1: 内科 and 外科, which the demo teachers fill.
int insertDemoDepartmentHeads(const QSqlDatabase &db, const DemoOrgs &orgs, const QString &passwordHash)
{
    const bool central = sql::dialectOf(db) == Dialect::Postgres;
    QSqlQuery q(db);
    if (central)
        prepareOrThrow(q, QStringLiteral("SELECT gme_add_department_user(?, ?, (SELECT code FROM orgs WHERE id = ?), ?, ?)"));
    else
        prepareOrThrow(q, QStringLiteral("INSERT INTO users (username, display_name, role, org_id, department_id, password_hash) "
                                         "SELECT ?, ?, 'department', d.base_id, d.id, ? FROM departments d "
                                         "WHERE d.base_id = ? AND d.name = ?"));
    const DemoBase &base1 = orgs.bases.front();
    const struct { const char *username; const char16_t *department; } heads[] = {
        {"base1-neike", u"内科"}, {"base1-waike", u"外科"}};
    for (const auto &h : heads) {
        const QString department = QString::fromUtf16(h.department);
        const QString display = base1.name + QLatin1Char(' ') + department + QStringLiteral(u" 科室主任");
        if (central) {
            q.bindValue(0, QString::fromLatin1(h.username));
            q.bindValue(1, display);
            q.bindValue(2, base1.id);
            q.bindValue(3, department);
            q.bindValue(4, scram::sha256Verifier(QString::fromLatin1(kDemoPassword)));
        } else {
            q.bindValue(0, QString::fromLatin1(h.username));
            q.bindValue(1, display);
            q.bindValue(2, passwordHash);
            q.bindValue(3, base1.id);
            q.bindValue(4, department);
        }
        execOrThrow(q, "insert demo department head");
    }
    return int(std::size(heads));
}

} // namespace gme::demo
