#pragma once

#include "teachers/TeacherAssignments.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace gme {

// The assignment grid: one row per trainee, one column per rotation month; a cell is the trainee's
// rotation that month (department and supervising teacher) or empty when the trainee rotates
// elsewhere. Missing teachers and teachers who may no longer supervise are coloured. Editing a cell
// sets its teacher (0 clears it) through the `assign` callback, which returns why it was refused.
class AssignmentGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        RotationIdRole = Qt::UserRole + 1,
        DepartmentIdRole,
        TeacherIdRole,
        // QVariantList of QVariantMap {id, name}: the department's teachers who may supervise.
        CandidatesRole,
        ProblemRole, // why the cell is flagged: no teacher, or the teacher's problem; empty if fine
    };
    struct Candidate
    {
        qint64 teacherId = 0;
        QString name;
    };
    using AssignFn = std::function<QString(qint64 rotationId, qint64 teacherId)>;

    explicit AssignmentGridModel(QObject *parent = nullptr);

    // showDepartment: write the department in each cell (when several departments are shown).
    void setRows(const QList<RotationAssignment> &rotations, const QHash<qint64, QList<Candidate>> &candidates,
                 bool showDepartment);
    void setAssign(AssignFn assign) { m_assign = std::move(assign); }
    void setEditable(bool editable) { m_editable = editable; }
    QString lastError() const { return m_lastError; }
    const RotationAssignment *rotationAt(const QModelIndex &index) const;
    QStringList months() const { return m_months; }
    const QList<RotationAssignment> &rotations() const { return m_rotations; }
    int emptyCells() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void assignmentRefused(const QString &why);

private:
    int rotationIndex(const QModelIndex &index) const; // into m_rotations; -1: no rotation there

    struct TraineeRow
    {
        qint64 traineeId = 0;
        QString name;
        QHash<QString, int> cellOfMonth; // month → index into m_rotations
    };
    QList<RotationAssignment> m_rotations;
    QList<TraineeRow> m_trainees;
    QStringList m_months;
    QHash<qint64, QList<Candidate>> m_candidates; // department → teachers who may supervise
    bool m_showDepartment = false;
    bool m_editable = true;
    AssignFn m_assign;
    QString m_lastError;
};

} // namespace gme
