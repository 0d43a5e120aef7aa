#include "QueueTableModel.h"

#include "common/Format.h"
#include "evidence/EvidenceRef.h"

#include <QColor>

#include <algorithm>
#include <cstring>

namespace gme {

QueueTableModel::QueueTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int QueueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int QueueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible.size())
        return {};
    const QueueRow &r = *m_rows.at(m_visible.at(index.row()));
    if (role == RegistrationIdRole)
        return r.registrationId;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("%1 — %2").arg(r.examBatch, stateName(r.state));
    if (index.column() == Evidence && !r.missingEvidence.isEmpty()) {
        if (role == Qt::ForegroundRole)
            return QColor(0xb0, 0x3a, 0x00);
        if (role == Qt::ToolTipRole)
            return tr("Required evidence not uploaded: %1").arg(missingEvidenceText(r.missingEvidence));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case IdNumber: return r.idNumber;
    case Gender: return genderName(r.gender);
    case Specialty: return r.specialty;
    case Base: return r.base;
    case City: return r.city;
    case PersonType: return r.personType;
    case TrackColumn: return trackName(r.track);
    case Makeup: return r.isMakeup ? tr("Make-up") : QString();
    case SubmittedAt: return formatDateTime(r.submittedAt);
    case Evidence:
        return r.missingEvidence.isEmpty() ? tr("Complete") : tr("Missing: %1").arg(missingEvidenceText(r.missingEvidence));
    }
    return {};
}

QString QueueTableModel::missingEvidenceText(const QStringList &kinds)
{
    QStringList titles;
    titles.reserve(kinds.size());
    for (const QString &k : kinds)
        titles.append(evidenceKindTitle(k));
    return titles.join(tr(", "));
}

QString QueueTableModel::columnTitle(int column)
{
    switch (column) {
    case Name: return tr("Name");
    case IdNumber: return tr("ID number");
    case Gender: return tr("Gender");
    case Specialty: return tr("Specialty");
    case Base: return tr("Base");
    case City: return tr("City / authority");
    case PersonType: return tr("Person type");
    case TrackColumn: return tr("Track");
    case Makeup: return tr("Make-up");
    case SubmittedAt: return tr("Submitted at");
    case Evidence: return tr("Evidence");
    }
    return {};
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

void QueueTableModel::setRows(std::shared_ptr<const QueueRowStore> store, QVector<const QueueRow *> rows)
{
    beginResetModel();
    if (store != m_store)
        m_moreStores.clear();
    m_store = std::move(store);
    m_rows = std::move(rows);
    rebuildIndex();
    resort();
    refilter();
    endResetModel();
}

void QueueTableModel::setRows(const QVector<QueueRow> &rows)
{
    auto store = std::make_shared<QueueRowStore>(rows.begin(), rows.end());
    QVector<const QueueRow *> pointers;
    pointers.reserve(rows.size());
    for (const QueueRow &r : *store)
        pointers.append(&r);
    setRows(std::move(store), std::move(pointers));
}

void QueueTableModel::appendRows(const QVector<const QueueRow *> &rows)
{
    if (rows.isEmpty())
        return;
    beginResetModel();
    m_rows.reserve(m_rows.size() + rows.size());
    m_indexById.reserve(m_rows.size() + rows.size());
    for (const QueueRow *r : rows) {
        if (m_indexById.contains(r->registrationId))
            continue;
        m_indexById.insert(r->registrationId, int(m_rows.size()));
        m_rows.append(r);
    }
    resort();
    refilter();
    endResetModel();
}

QVector<const QueueRow *> QueueTableModel::takeIds(const QSet<qint64> &ids)
{
    QVector<const QueueRow *> taken;
    if (ids.isEmpty() || m_rows.isEmpty())
        return taken;
    beginResetModel();
    // Old index → new index (-1 when taken), so the sort order survives without sorting again.
    QVector<int> remap(m_rows.size(), -1);
    QVector<const QueueRow *> kept;
    kept.reserve(std::max<qsizetype>(0, m_rows.size() - ids.size()));
    taken.reserve(std::min<qsizetype>(ids.size(), m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const QueueRow *r = m_rows.at(i);
        if (ids.contains(r->registrationId)) {
            taken.append(r);
        } else {
            remap[i] = int(kept.size());
            kept.append(r);
        }
    }
    m_rows = std::move(kept);
    QVector<int> order;
    order.reserve(m_rows.size());
    for (int i : std::as_const(m_order))
        if (remap.at(i) >= 0)
            order.append(remap.at(i));
    m_order = std::move(order);
    rebuildIndex();
    refilter();
    endResetModel();
    return taken;
}

QSet<qint64> QueueTableModel::idsOfVisibleRows(const QList<int> &rows) const
{
    QSet<qint64> ids;
    ids.reserve(rows.size());
    for (int r : rows)
        if (r >= 0 && r < m_visible.size())
            ids.insert(m_rows.at(m_visible.at(r))->registrationId);
    return ids;
}

QSet<qint64> QueueTableModel::idsOfAllVisible() const
{
    QSet<qint64> ids;
    ids.reserve(m_visible.size());
    for (int i : m_visible)
        ids.insert(m_rows.at(i)->registrationId);
    return ids;
}

void QueueTableModel::setFilter(const QueueFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    refilter();
    endResetModel();
}

void QueueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    resort();
    refilter();
    endResetModel();
}

QVector<QueueRow> QueueTableModel::visibleRows(const QList<int> &rows) const
{
    QVector<QueueRow> out;
    out.reserve(rows.size());
    for (int r : rows)
        if (r >= 0 && r < m_visible.size())
            out.append(*m_rows.at(m_visible.at(r)));
    return out;
}

QVector<QueueRow> QueueTableModel::allRows() const
{
    QVector<QueueRow> out;
    out.reserve(m_rows.size());
    for (const QueueRow *r : m_rows)
        out.append(*r);
    return out;
}

void QueueTableModel::rebuildIndex()
{
    m_indexById.clear();
    m_indexById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_indexById.insert(m_rows.at(i)->registrationId, i);
}

namespace {

// A sort key laid out for the cache: the first 20 UTF-16 code units stored big-endian (so memcmp
// orders them like the strings) or a number, and the row index. Comparing keys touches no row;
// only strings equal in their first 20 units are compared in full.
constexpr int kPrefixUnits = 20; // an 18-character ID number fits whole

struct SortKey
{
    unsigned char prefix[kPrefixUnits * 2];
    quint64 number;
    int index;
};

void fillPrefix(SortKey &k, const QString &s)
{
    const qsizetype n = std::min<qsizetype>(s.size(), kPrefixUnits);
    const QChar *p = s.constData();
    std::memset(k.prefix, 0, sizeof k.prefix);
    for (qsizetype i = 0; i < n; ++i) {
        k.prefix[2 * i] = uchar(p[i].unicode() >> 8);
        k.prefix[2 * i + 1] = uchar(p[i].unicode() & 0xff);
    }
}

int compareUnits(const QString &a, const QString &b)
{
    // Code unit by code unit, like the prefix, so the two never disagree.
    const qsizetype n = std::min(a.size(), b.size());
    const QChar *pa = a.constData();
    const QChar *pb = b.constData();
    for (qsizetype i = 0; i < n; ++i)
        if (pa[i] != pb[i])
            return pa[i].unicode() < pb[i].unicode() ? -1 : 1;
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

const QString *stringOf(const QueueRow &r, int column)
{
    switch (column) {
    case QueueTableModel::Name: return &r.name;
    case QueueTableModel::IdNumber: return &r.idNumber;
    case QueueTableModel::Gender: return &r.gender;
    case QueueTableModel::Specialty: return &r.specialty;
    case QueueTableModel::Base: return &r.base;
    case QueueTableModel::City: return &r.city;
    case QueueTableModel::PersonType: return &r.personType;
    }
    return nullptr;
}

quint64 numberKey(const QueueRow &r, int column)
{
    switch (column) {
    case QueueTableModel::TrackColumn: return quint64(r.track);
    case QueueTableModel::Makeup: return r.isMakeup ? 1 : 0;
    case QueueTableModel::Evidence: return quint64(r.missingEvidence.size());
    case QueueTableModel::SubmittedAt:
        // Local date and time as plain numbers: no time-zone conversion per row.
        if (!r.submittedAt.isValid())
            return 0;
        return quint64(r.submittedAt.date().toJulianDay()) * 86400000ull
               + quint64(r.submittedAt.time().msecsSinceStartOfDay());
    }
    return 0;
}

} // namespace

void QueueTableModel::resort()
{
    m_order.resize(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_order[i] = i;
    if (m_sortColumn < 0 || m_rows.isEmpty())
        return;
    const int column = m_sortColumn;
    const bool textual = stringOf(*m_rows.first(), column) != nullptr;
    QVector<SortKey> keys(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        SortKey &k = keys[i];
        k.index = i;
        if (textual) {
            const QString &s = *stringOf(*m_rows.at(i), column);
            fillPrefix(k, s);
            k.number = s.size() > kPrefixUnits ? 1 : 0; // 1: the prefix does not tell the whole string
        } else {
            std::memset(k.prefix, 0, sizeof k.prefix);
            k.number = numberKey(*m_rows.at(i), column);
        }
    }
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QVector<const QueueRow *> &rows = m_rows;
    auto less = [&](const SortKey &a, const SortKey &b) {
        int c = 0;
        if (textual) {
            c = std::memcmp(a.prefix, b.prefix, sizeof a.prefix);
            if (c == 0 && (a.number || b.number))
                c = compareUnits(*stringOf(*rows.at(a.index), column), *stringOf(*rows.at(b.index), column));
        } else if (a.number != b.number) {
            c = a.number < b.number ? -1 : 1;
        }
        if (c != 0)
            return ascending ? c < 0 : c > 0;
        return a.index < b.index; // equal keys keep the order the rows were added in
    };
    std::sort(keys.begin(), keys.end(), less);
    for (int i = 0; i < keys.size(); ++i)
        m_order[i] = keys.at(i).index;
}

void QueueTableModel::refilter()
{
    m_visible.clear();
    if (m_filter.isEmpty()) {
        m_visible = m_order;
        return;
    }
    m_visible.reserve(m_order.size());
    const QueueFilterMatcher matcher(m_filter);
    for (int i : std::as_const(m_order))
        if (matcher.matches(*m_rows.at(i)))
            m_visible.append(i);
}

} // namespace gme
