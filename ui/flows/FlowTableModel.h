#pragma once

#include "review/FlowQueue.h"

#include <QAbstractTableModel>

#include <functional>

namespace gme {

// The rows of a code-based workflow's queue: name, ID number, state, the workflow's columns, then
// any derived columns a page adds (a countdown, ...).
class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Derived
    {
        QString title;
        std::function<QString(const FlowRow &)> text;
    };

    FlowTableModel(const Workflow &workflow, QObject *parent = nullptr);

    void setRows(QVector<FlowRow> rows);
    const QVector<FlowRow> &rows() const { return m_rows; }
    const FlowRow &row(int i) const { return m_rows.at(i); }
    void addDerived(Derived column);
    void refreshDerived(); // derived values depend on time: repaint them

    // The column holding the workflow column `key`, or -1.
    int columnOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int kFixedColumns = 3; // name, ID number, state

private:
    const Workflow &m_workflow;
    QVector<FlowRow> m_rows;
    QList<Derived> m_derived;
};

} // namespace gme
