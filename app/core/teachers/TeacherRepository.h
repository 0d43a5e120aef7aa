#pragma once

#include "Teacher.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace gme {

struct Department
{
    qint64 id = 0;
    QString name;
};

// One review or appointment decision on a teacher, for the history shown beside the list.
struct TeacherDecision
{
    QString action; // teacher action code
    QString fromState;
    QString toState;
    QString reason;
    QString userName;
    QDateTime decidedAt;
};

// Reads teachers with their malpractice, incident and evaluation records. Scope is the caller's:
// every function takes the base whose teachers it reads. Throws DbError.
class TeacherRepository
{
public:
    explicit TeacherRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Department> departments(qint64 baseId) const;
    // Every teacher of the base, by department then name, with all records.
    QList<Teacher> teachers(qint64 baseId) const;
    std::optional<Teacher> teacher(qint64 teacherId) const;
    QList<TeacherDecision> history(qint64 teacherId) const;

private:
    // Fills records of the given teachers (keyed by id) from the three record tables.
    void loadRecords(QList<Teacher> &teachers, const QString &where, const QVariant &bind) const;

    QSqlDatabase m_db;
};

} // namespace gme
