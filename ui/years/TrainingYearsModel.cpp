#include "TrainingYearsModel.h"

#include "common/Format.h"

namespace gme {
namespace {

QString reductionText(const TrainingYearsRow &r)
{
    if (!r.reductionState)
        return {};
    if (*r.reductionState == State::FinalPassed)
        return TrainingYearsModel::tr("Reduced to %n year(s)", nullptr, r.reductionToYears);
    return TrainingYearsModel::tr("To %n year(s): %1", nullptr, r.reductionToYears).arg(stateName(*r.reductionState));
}

} // namespace

void TrainingYearsModel::setRows(QVector<TrainingYearsRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TrainingYearsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingYearsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingYearsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TrainingYearsRow &r = m_rows.at(index.row());
    if (role == TraineeIdRole)
        return r.traineeId;
    if (role == SortRole) {
        switch (index.column()) {
        case Years: return r.years.value_or(0);
        case Start: return r.start;
        case End: return r.end;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case City: return r.city;
    case Base: return r.base;
    case Name: return r.name;
    case IdNumber: return r.idNumber;
    case Track: return trackName(r.track);
    case Specialty: return r.specialty;
    case Years: return r.years ? tr("%n year(s)", nullptr, *r.years) : QString();
    case Start: return formatDate(r.start);
    case End: return formatDate(r.end);
    case Reduction: return reductionText(r);
    default: return {};
    }
}

QVariant TrainingYearsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case City: return tr("City");
    case Base: return tr("Training base");
    case Name: return tr("Name");
    case IdNumber: return tr("ID number");
    case Track: return tr("Track");
    case Specialty: return tr("Specialty");
    case Years: return tr("Training years");
    case Start: return tr("Start");
    case End: return tr("End");
    case Reduction: return tr("Reduction");
    default: return {};
    }
}

} // namespace gme
