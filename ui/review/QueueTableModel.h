#pragma once

#include "review/QueueFilter.h"
#include "review/QueueRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <deque>
#include <memory>

namespace gme {

// Loaded rows at stable addresses. The queue and the pending batch point into one store, so moving
// 100,000 rows between them moves pointers, never the rows (allocating and copying that much
// memory costs more than the 300 ms a move may take).
using QueueRowStore = std::deque<QueueRow>;

// A list of registrations (the review queue or the pending batch) with its own filtering and
// sorting over a vector of row indices. A proxy model is too slow at 100,000 rows; here a
// keystroke is one linear pass and a sort one std::sort of compact keys.
class QueueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, IdNumber, Gender, Specialty, Base, City, PersonType, TrackColumn, Makeup, SubmittedAt,
                  Evidence, ColumnCount };
    static constexpr int RegistrationIdRole = Qt::UserRole + 1;

    explicit QueueTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows `rows`, which point into `store`; the model keeps the store alive.
    void setRows(std::shared_ptr<const QueueRowStore> store, QVector<const QueueRow *> rows);
    // Convenience: the model stores the rows itself.
    void setRows(const QVector<QueueRow> &rows);
    // Keeps `store` alive as long as the rows set by setRows(), for rows of a later piece of a load.
    void keepAlive(std::shared_ptr<const QueueRowStore> store) { m_moreStores.append(std::move(store)); }
    // Appends rows of the stores held (ids already present are skipped); keeps the sort order.
    void appendRows(const QVector<const QueueRow *> &rows);
    // Moves the rows with these ids out of the model; the pointers stay valid while the store lives.
    QVector<const QueueRow *> takeIds(const QSet<qint64> &ids);
    void removeIds(const QSet<qint64> &ids) { takeIds(ids); }
    void clear() { setRows(m_store, {}); }

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }

    int totalCount() const { return int(m_rows.size()); } // all rows held
    int visibleCount() const { return int(m_visible.size()); }
    QVector<QueueRow> allRows() const; // a copy, in the order added
    const QueueRow &visibleRow(int row) const { return *m_rows.at(m_visible.at(row)); }
    QVector<QueueRow> visibleRows(const QList<int> &rows) const; // a copy
    QSet<qint64> idsOfVisibleRows(const QList<int> &rows) const;
    QSet<qint64> idsOfAllVisible() const;
    bool containsId(qint64 id) const { return m_indexById.contains(id); }

    static QString columnTitle(int column);
    static QString missingEvidenceText(const QStringList &kinds); // kind titles, comma-separated

private:
    void rebuildIndex();
    void resort();    // m_order from m_rows and the sort column
    void refilter();  // m_visible from m_order and the filter

    std::shared_ptr<const QueueRowStore> m_store;
    QVector<std::shared_ptr<const QueueRowStore>> m_moreStores;
    QVector<const QueueRow *> m_rows; // in the order added
    QHash<qint64, int> m_indexById;
    QVector<int> m_order;   // every row index, in sort order
    QVector<int> m_visible; // the rows shown, in sort order
    QueueFilter m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace gme
