#pragma once

#include "evidence/EvidenceFinding.h"
#include "evidence/EvidenceRef.h"

#include <QAbstractTableModel>

namespace gme {

// The files of one registration (and the required kinds nobody uploaded), with what is known
// about each: loading, shown, damaged, and the findings of the content checks.
class EvidenceFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, SizeColumn, FlagsColumn, ColumnCount };
    enum class RowState { Waiting, Loading, Ready, Failed, Damaged, Missing };
    enum Role { StateRole = Qt::UserRole + 1, FindingCodesRole };

    struct Row
    {
        EvidenceRef ref;        // empty for a missing kind
        QString missingKind;
        RowState state = RowState::Waiting;
        EvidenceFindings findings;
        QString message;        // failure or damage text
    };

    explicit EvidenceFileModel(QObject *parent = nullptr);

    void setFiles(const QList<EvidenceRef> &files, const QStringList &missingKinds);
    void clear() { setFiles({}, {}); }
    const Row &row(int r) const { return m_rows.at(r); }
    int fileCount() const; // rows that are uploaded files

    void setState(int r, RowState state, const QString &message = {});
    void setFindings(int r, const EvidenceFindings &findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The short label of a row's flags, e.g. "Damaged", "Truncated · Photo size".
    QString flagsText(const Row &row) const;

private:
    void rowChanged(int r);

    QList<Row> m_rows;
};

} // namespace gme
