#include "FlowTableModel.h"

namespace gme {

FlowTableModel::FlowTableModel(const Workflow &workflow, QObject *parent) : QAbstractTableModel(parent), m_workflow(workflow) {}

void FlowTableModel::setRows(QVector<FlowRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void FlowTableModel::addDerived(Derived column)
{
    beginResetModel();
    m_derived.append(std::move(column));
    endResetModel();
}

void FlowTableModel::refreshDerived()
{
    if (m_rows.isEmpty() || m_derived.isEmpty())
        return;
    const int first = kFixedColumns + int(m_workflow.spec().columns.size());
    emit dataChanged(index(0, first), index(int(m_rows.size()) - 1, columnCount() - 1), {Qt::DisplayRole});
}

int FlowTableModel::columnOf(const QString &key) const
{
    const QList<ListColumn> &columns = m_workflow.spec().columns;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (columns.at(i).key == key)
            return kFixedColumns + int(i);
    return -1;
}

int FlowTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_workflow.spec().columns.size() + m_derived.size());
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const FlowRow &r = m_rows.at(index.row());
    const int c = index.column();
    switch (c) {
    case 0: return r.name;
    case 1: return r.idNumber;
    case 2: return m_workflow.stateName(r.state);
    default: break;
    }
    const int workflowColumn = c - kFixedColumns;
    if (workflowColumn < r.cells.size())
        return r.cells.at(workflowColumn);
    const int derived = workflowColumn - int(m_workflow.spec().columns.size());
    if (derived >= 0 && derived < m_derived.size())
        return m_derived.at(derived).text(r);
    return {};
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0: return tr("Name");
    case 1: return tr("ID number");
    case 2: return tr("State");
    default: break;
    }
    const int workflowColumn = section - kFixedColumns;
    const QList<ListColumn> &columns = m_workflow.spec().columns;
    if (workflowColumn < columns.size())
        return columns.at(workflowColumn).title;
    const int derived = workflowColumn - int(columns.size());
    if (derived >= 0 && derived < m_derived.size())
        return m_derived.at(derived).title;
    return {};
}

} // namespace gme
