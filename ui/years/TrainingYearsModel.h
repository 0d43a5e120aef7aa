#pragma once

#include "years/TrainingYearsRepository.h"

#include <QAbstractTableModel>

namespace gme {

// The training-years list: one row per trainee, read-only.
class TrainingYearsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { City, Base, Name, IdNumber, Track, Specialty, Years, Start, End, Reduction, ColumnCount };
    static constexpr int TraineeIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QVector<TrainingYearsRow> rows);
    const QVector<TrainingYearsRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<TrainingYearsRow> m_rows;
};

} // namespace gme
