#include "AssignmentGridModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace gme {

AssignmentGridModel::AssignmentGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssignmentGridModel::setRows(const QList<RotationAssignment> &rotations,
                                  const QHash<qint64, QList<Candidate>> &candidates, bool showDepartment)
{
    beginResetModel();
    m_rotations = rotations;
    m_candidates = candidates;
    m_showDepartment = showDepartment;
    m_trainees.clear();
    QSet<QString> months;
    QHash<qint64, int> rowOfTrainee;
    for (int i = 0; i < m_rotations.size(); ++i) {
        const RotationAssignment &r = m_rotations.at(i);
        months.insert(r.month);
        auto it = rowOfTrainee.constFind(r.traineeId);
        if (it == rowOfTrainee.cend()) {
            it = rowOfTrainee.insert(r.traineeId, int(m_trainees.size()));
            m_trainees.append({r.traineeId, r.traineeName, {}});
        }
        m_trainees[*it].cellOfMonth.insert(r.month, i);
    }
    std::stable_sort(m_trainees.begin(), m_trainees.end(),
                     [](const TraineeRow &a, const TraineeRow &b) { return a.name.localeAwareCompare(b.name) < 0; });
    m_months = QStringList(months.begin(), months.end());
    m_months.sort(); // yyyy-MM sorts by time
    endResetModel();
}

int AssignmentGridModel::rotationIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_trainees.size() || index.column() >= m_months.size())
        return -1;
    return m_trainees.at(index.row()).cellOfMonth.value(m_months.at(index.column()), -1);
}

const RotationAssignment *AssignmentGridModel::rotationAt(const QModelIndex &index) const
{
    const int i = rotationIndex(index);
    return i < 0 ? nullptr : &m_rotations.at(i);
}

int AssignmentGridModel::emptyCells() const
{
    return int(std::count_if(m_rotations.cbegin(), m_rotations.cend(),
                             [](const RotationAssignment &r) { return r.teacherId == 0; }));
}

int AssignmentGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trainees.size());
}

int AssignmentGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

QVariant AssignmentGridModel::data(const QModelIndex &index, int role) const
{
    const RotationAssignment *r = rotationAt(index);
    if (!r)
        return role == Qt::ToolTipRole ? QVariant(tr("Rotates in another department this month")) : QVariant();
    const QString problem = r->teacherId == 0 ? tr("No supervising teacher") : r->problem;
    switch (role) {
    case Qt::DisplayRole: {
        const QString teacher = r->teacherId ? r->teacherName : tr("— none —");
        return m_showDepartment ? tr("%1: %2").arg(r->departmentName, teacher) : teacher;
    }
    case Qt::EditRole:
    case TeacherIdRole: return r->teacherId;
    case Qt::ToolTipRole: {
        QString tip = tr("%1, %2, %3").arg(r->traineeName, r->departmentName, r->month);
        if (r->teacherId)
            tip += QLatin1Char('\n') + (r->manual ? tr("Set by hand") : tr("Assigned automatically"));
        if (!problem.isEmpty())
            tip += QLatin1Char('\n') + problem;
        return tip;
    }
    case Qt::BackgroundRole:
        if (r->teacherId == 0)
            return QBrush(QColor(0xfff3cd)); // amber: still to assign
        if (!r->problem.isEmpty())
            return QBrush(QColor(0xf8d7da)); // red: the teacher may no longer supervise
        return {};
    case Qt::FontRole:
        if (r->manual) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case RotationIdRole: return r->rotationId;
    case DepartmentIdRole: return r->departmentId;
    case ProblemRole: return problem;
    case CandidatesRole: {
        QVariantList list;
        for (const Candidate &c : m_candidates.value(r->departmentId))
            list.append(QVariantMap{{QStringLiteral("id"), c.teacherId}, {QStringLiteral("name"), c.name}});
        return list;
    }
    default: return {};
    }
}

QVariant AssignmentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_months.size() ? QVariant(m_months.at(section)) : QVariant();
    return section < m_trainees.size() ? QVariant(m_trainees.at(section).name) : QVariant();
}

Qt::ItemFlags AssignmentGridModel::flags(const QModelIndex &index) const
{
    if (!rotationAt(index))
        return Qt::ItemIsEnabled; // selectable would let the keyboard stop on nothing to edit
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && m_assign)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssignmentGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int at = rotationIndex(index);
    if (at < 0 || role != Qt::EditRole || !m_assign)
        return false;
    RotationAssignment &r = m_rotations[at];
    const qint64 teacherId = value.toLongLong();
    if (teacherId == r.teacherId)
        return true;
    m_lastError = m_assign(r.rotationId, teacherId);
    if (!m_lastError.isEmpty()) {
        emit assignmentRefused(m_lastError);
        return false;
    }
    r.teacherId = teacherId;
    r.manual = teacherId != 0;
    r.problem.clear();
    r.teacherName.clear();
    for (const Candidate &c : m_candidates.value(r.departmentId))
        if (c.teacherId == teacherId)
            r.teacherName = c.name;
    emit dataChanged(index, index);
    return true;
}

} // namespace gme
