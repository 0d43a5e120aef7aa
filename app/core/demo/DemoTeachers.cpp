#include "DemoTeachers.h"

#include "Clock.h"
#include "DemoBulkRows.h"
#include "DemoOrgs.h"
#include "db/DbError.h"
#include "domain/IdNumber.h"
#include "teachers/Teacher.h"

#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace gme::demo {
namespace {

constexpr int kTraineesPerBase = 12;
constexpr int kRotationMonths = 3;

const QStringList kDepartments = {QStringLiteral(u"内科"), QStringLiteral(u"外科"), QStringLiteral(u"儿科"),
                                  QStringLiteral(u"急诊科")};
const QStringList kSurnames = {QStringLiteral(u"陈"), QStringLiteral(u"林"), QStringLiteral(u"黄"),
                               QStringLiteral(u"张"), QStringLiteral(u"李"), QStringLiteral(u"王"),
                               QStringLiteral(u"吴"), QStringLiteral(u"刘"), QStringLiteral(u"蔡"),
                               QStringLiteral(u"杨"), QStringLiteral(u"郑"), QStringLiteral(u"梁"),
                               QStringLiteral(u"谢"), QStringLiteral(u"罗")};
const QStringList kGiven = {QStringLiteral(u"志强"), QStringLiteral(u"丽华"), QStringLiteral(u"建国"),
                            QStringLiteral(u"晓燕"), QStringLiteral(u"文杰"), QStringLiteral(u"海燕"),
                            QStringLiteral(u"国栋"), QStringLiteral(u"秀英"), QStringLiteral(u"明辉"),
                            QStringLiteral(u"慧敏"), QStringLiteral(u"振宇"), QStringLiteral(u"雅琴"),
                            QStringLiteral(u"伟东"), QStringLiteral(u"嘉欣"), QStringLiteral(u"俊峰"),
                            QStringLiteral(u"静怡"), QStringLiteral(u"宏伟")};

// What makes a demo teacher interesting: its department, state and the one record that decides it.
enum class Trait { Good, YoungAttending, NotAttending, Malpractice, Incident, FailingTwice, FailedOnce };

struct TeacherSeed
{
    int department; // index into kDepartments
    TeacherState state;
    Trait trait;
};

const TeacherSeed kTeachers[] = {
    {0, TeacherState::Appointed, Trait::Good},
    {0, TeacherState::Appointed, Trait::Good},
    {0, TeacherState::Appointed, Trait::FailedOnce},
    {0, TeacherState::Appointed, Trait::Incident}, // appointed earlier, ineligible since the incident
    {0, TeacherState::Registered, Trait::Good},
    {0, TeacherState::Registered, Trait::YoungAttending},
    {1, TeacherState::Appointed, Trait::Good},
    {1, TeacherState::Appointed, Trait::Good},
    {1, TeacherState::Recommended, Trait::Good},
    {1, TeacherState::Registered, Trait::Malpractice},
    {2, TeacherState::Appointed, Trait::Good},
    {2, TeacherState::Appointed, Trait::FailingTwice},
    {2, TeacherState::NotRecommended, Trait::YoungAttending},
    {3, TeacherState::Registered, Trait::NotAttending},
};

QString idNumberFor(int n)
{
    const QDate birth = QDate(1968, 1, 1).addDays(qint64(n) * 2);
    const QString first17 = QStringLiteral("440104") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QString::number(300 + n % 600).rightJustified(3, QLatin1Char('0'));
    return first17 + residentIdCheckChar(first17);
}

class Writer
{
public:
    Writer(const QSqlDatabase &db, const QDate &today) : m_db(db), m_today(today)
    {
        prepareOrThrow(m_department, QStringLiteral("INSERT INTO departments (base_id, name) VALUES (?, ?) RETURNING id"));
        prepareOrThrow(m_teacher, QStringLiteral("INSERT INTO teachers (base_id, department_id, name, id_number, title, "
                                                 "attending_since, state, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                                 "RETURNING id"));
        prepareOrThrow(m_evaluation, QStringLiteral("INSERT INTO teacher_evaluations (teacher_id, year, passed) VALUES (?, ?, ?)"));
        prepareOrThrow(m_malpractice, QStringLiteral("INSERT INTO teacher_malpractice (teacher_id, occurred_on, "
                                                     "main_responsibility, note) VALUES (?, ?, 1, ?)"));
        prepareOrThrow(m_incident, QStringLiteral("INSERT INTO teacher_incidents (teacher_id, occurred_on, serious, note) "
                                                  "VALUES (?, ?, 1, ?)"));
        prepareOrThrow(m_decision, QStringLiteral("INSERT INTO teacher_decisions (teacher_id, user_id, action, from_state, "
                                                  "to_state, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        prepareOrThrow(m_trainees, QStringLiteral("SELECT id FROM trainees WHERE base_id = ? ORDER BY id LIMIT ?"));
        m_rotations = m_rows.declare(QStringLiteral("INSERT INTO rotations (trainee_id, department_id, month)"), 3);
    }

    void finish() { m_rows.flush(); }

    void base(const DemoBase &b, int baseIndex)
    {
        QList<qint64> departments;
        for (const QString &name : kDepartments) {
            m_department.bindValue(0, b.id);
            m_department.bindValue(1, name);
            execOrThrow(m_department, "insert demo department");
            m_department.next();
            departments << m_department.value(0).toLongLong();
            m_department.finish();
        }
        int k = 0;
        for (const TeacherSeed &seed : kTeachers)
            teacher(b, departments.at(seed.department), seed, baseIndex * 20 + k++);
        rotations(b, departments);
    }

private:
    void teacher(const DemoBase &b, qint64 departmentId, const TeacherSeed &seed, int n)
    {
        const bool attending = seed.trait != Trait::NotAttending;
        const QDate since = seed.trait == Trait::YoungAttending ? m_today.addMonths(-14)
                                                               : m_today.addYears(-4 - n % 9).addDays(-(n * 37) % 300);
        m_teacher.bindValue(0, b.id);
        m_teacher.bindValue(1, departmentId);
        m_teacher.bindValue(2, kSurnames.at(n % kSurnames.size()) + kGiven.at((n / 3) % kGiven.size()));
        m_teacher.bindValue(3, idNumberFor(n));
        m_teacher.bindValue(4, teacherTitleCode(!attending ? TeacherTitle::Resident
                                                : n % 4 == 0 ? TeacherTitle::AssociateChief
                                                             : TeacherTitle::Attending));
        m_teacher.bindValue(5, attending ? QVariant(since.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()));
        m_teacher.bindValue(6, teacherStateCode(seed.state));
        m_teacher.bindValue(7, toDbTime(QDateTime(m_today.addMonths(-2), QTime(9, 0))));
        execOrThrow(m_teacher, "insert demo teacher");
        m_teacher.next();
        const qint64 id = m_teacher.value(0).toLongLong();
        m_teacher.finish();

        const int year = m_today.year();
        for (int y = year - 3; y < year; ++y) {
            const bool failed = (seed.trait == Trait::FailingTwice && y >= year - 2)
                || (seed.trait == Trait::FailedOnce && y == year - 2);
            m_evaluation.bindValue(0, id);
            m_evaluation.bindValue(1, y);
            m_evaluation.bindValue(2, failed ? 0 : 1);
            execOrThrow(m_evaluation, "insert demo evaluation");
        }
        if (seed.trait == Trait::Malpractice) {
            m_malpractice.bindValue(0, id);
            m_malpractice.bindValue(1, m_today.addMonths(-13).toString(Qt::ISODate));
            m_malpractice.bindValue(2, QStringLiteral(u"术后并发症处置延误，负主要责任"));
            execOrThrow(m_malpractice, "insert demo malpractice");
        }
        if (seed.trait == Trait::Incident) {
            m_incident.bindValue(0, id);
            m_incident.bindValue(1, m_today.addMonths(-1).toString(Qt::ISODate));
            m_incident.bindValue(2, QStringLiteral(u"出科考核组织失误，定为严重教学事故"));
            execOrThrow(m_incident, "insert demo incident");
        }
        history(b, id, seed.state);
    }

    // The decisions that brought the teacher to its state, two months ago.
    void history(const DemoBase &b, qint64 teacherId, TeacherState state)
    {
        using S = TeacherState;
        using A = TeacherAction;
        struct Step { A action; S from; S to; const char16_t *reason; };
        QList<Step> steps;
        if (state == S::Recommended || state == S::Appointed)
            steps << Step{A::Recommend, S::Registered, S::Recommended, nullptr};
        if (state == S::Appointed)
            steps << Step{A::Appoint, S::Recommended, S::Appointed, nullptr};
        if (state == S::NotRecommended)
            steps << Step{A::NotRecommend, S::Registered, S::NotRecommended, u"取得主治医师资格未满3年"};
        int minute = 0;
        for (const Step &s : steps) {
            m_decision.bindValue(0, teacherId);
            m_decision.bindValue(1, b.reviewerId ? QVariant(b.reviewerId) : QVariant(QMetaType::fromType<qint64>()));
            m_decision.bindValue(2, teacherActionCode(s.action));
            m_decision.bindValue(3, teacherStateCode(s.from));
            m_decision.bindValue(4, teacherStateCode(s.to));
            m_decision.bindValue(5, s.reason ? QVariant(QString::fromUtf16(s.reason)) : QVariant(QMetaType::fromType<QString>()));
            m_decision.bindValue(6, toDbTime(QDateTime(m_today.addMonths(-2), QTime(10, minute++))));
            execOrThrow(m_decision, "insert demo teacher decision");
        }
    }

    void rotations(const DemoBase &b, const QList<qint64> &departments)
    {
        m_trainees.bindValue(0, b.id);
        m_trainees.bindValue(1, kTraineesPerBase);
        execOrThrow(m_trainees, "read demo trainees");
        QList<qint64> trainees;
        while (m_trainees.next())
            trainees << m_trainees.value(0).toLongLong();
        m_trainees.finish();
        const QDate first(m_today.year(), m_today.month(), 1);
        for (int i = 0; i < trainees.size(); ++i)
            for (int m = 0; m < kRotationMonths; ++m) {
                // Most trainees in 内科 and 外科, a few in 儿科 and 急诊科.
                static constexpr int kPattern[] = {0, 0, 1, 0, 1, 1, 2, 0, 1, 3, 0, 2};
                m_rows.add(m_rotations, {trainees.at(i), departments.at(kPattern[(i + m * 5) % std::size(kPattern)]),
                                         first.addMonths(m).toString(QStringLiteral("yyyy-MM"))});
            }
    }

    QSqlDatabase m_db;
    QDate m_today;
    QSqlQuery m_department{m_db}, m_teacher{m_db}, m_evaluation{m_db}, m_malpractice{m_db}, m_incident{m_db},
        m_decision{m_db}, m_trainees{m_db};
    BulkRows m_rows{m_db}; // rotations: the many rows, collected on PostgreSQL
    int m_rotations = 0;
};

} // namespace

void insertDemoTeachers(const QSqlDatabase &db, const DemoOrgs &orgs, const QDate &today)
{
    Writer writer(db, today);
    for (int i = 0; i < orgs.bases.size(); ++i)
        writer.base(orgs.bases.at(i), i);
    writer.finish();
}

} // namespace gme::demo
