#include "EvidenceFileModel.h"

#include "evidence/ContentSniffer.h"
#include "evidence/PhotoRules.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QStyle>

namespace gme {
namespace {

QString shortLabel(const QString &code)
{
    if (code == ContentFinding::Empty) return EvidenceFileModel::tr("Empty");
    if (code == ContentFinding::UnknownType) return EvidenceFileModel::tr("Unknown type");
    if (code == ContentFinding::NotPdf) return EvidenceFileModel::tr("Not a PDF");
    if (code == ContentFinding::TypeMismatch) return EvidenceFileModel::tr("Wrong extension");
    if (code == ContentFinding::Truncated) return EvidenceFileModel::tr("Truncated");
    if (code == ContentFinding::Encrypted) return EvidenceFileModel::tr("Password");
    if (code == ContentFinding::ImageTooLarge) return EvidenceFileModel::tr("Image too large");
    if (code == ContentFinding::ImageUnreadable || code == PhotoRule::Unreadable) return EvidenceFileModel::tr("Unreadable");
    if (code == PhotoRule::NotJpeg) return EvidenceFileModel::tr("Photo not JPG");
    if (code == PhotoRule::FileSize) return EvidenceFileModel::tr("Photo size");
    if (code == PhotoRule::FileName) return EvidenceFileModel::tr("Photo name");
    if (code == PhotoRule::Proportions) return EvidenceFileModel::tr("Photo proportions");
    if (code == PhotoRule::Background) return EvidenceFileModel::tr("Photo background");
    return code;
}

} // namespace

EvidenceFileModel::EvidenceFileModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceFileModel::setFiles(const QList<EvidenceRef> &files, const QStringList &missingKinds)
{
    beginResetModel();
    m_rows.clear();
    for (const EvidenceRef &f : files)
        m_rows.append(Row{f, {}, RowState::Waiting, {}, {}});
    for (const QString &kind : missingKinds)
        m_rows.append(Row{{}, kind, RowState::Missing, {}, {}});
    endResetModel();
}

int EvidenceFileModel::fileCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.state != RowState::Missing ? 1 : 0;
    return n;
}

void EvidenceFileModel::setState(int r, RowState state, const QString &message)
{
    if (r < 0 || r >= m_rows.size())
        return;
    m_rows[r].state = state;
    m_rows[r].message = message;
    rowChanged(r);
}

void EvidenceFileModel::setFindings(int r, const EvidenceFindings &findings)
{
    if (r < 0 || r >= m_rows.size())
        return;
    m_rows[r].findings = findings;
    rowChanged(r);
}

void EvidenceFileModel::rowChanged(int r)
{
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

int EvidenceFileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceFileModel::flagsText(const Row &row) const
{
    switch (row.state) {
    case RowState::Missing: return tr("Not uploaded");
    case RowState::Damaged: return tr("Damaged");
    case RowState::Failed: return tr("Not available");
    case RowState::Loading: return tr("Loading…");
    default: break;
    }
    QStringList labels;
    for (const EvidenceFinding &f : row.findings)
        if (f.severity != EvidenceFinding::Severity::Note || labels.isEmpty())
            labels.append(shortLabel(f.code));
    if (row.state == RowState::Ready && labels.isEmpty())
        return tr("OK");
    return labels.join(QStringLiteral(" · "));
}

QVariant EvidenceFileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool missing = row.state == RowState::Missing;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return evidenceKindTitle(missing ? row.missingKind : row.ref.kind);
        case NameColumn: return missing ? QString() : row.ref.fileName;
        case SizeColumn: return missing ? QString() : formatFileSize(row.ref.sizeBytes);
        case FlagsColumn: return flagsText(row);
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!row.message.isEmpty())
            lines.append(row.message);
        for (const EvidenceFinding &f : row.findings)
            lines.append(f.text);
        if (missing)
            lines.append(tr("Required for this registrant but not uploaded."));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (index.column() == FlagsColumn) {
            QStyle *style = QApplication::style();
            const bool problem = missing || row.state == RowState::Damaged || row.state == RowState::Failed
                              || worstSeverity(row.findings) == EvidenceFinding::Severity::Problem;
            if (problem)
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            if (worstSeverity(row.findings) == EvidenceFinding::Severity::Warning)
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        break;
    case Qt::ForegroundRole:
        if (missing)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case StateRole:
        return int(row.state);
    case FindingCodesRole: {
        QStringList codes;
        for (const EvidenceFinding &f : row.findings)
            codes.append(f.code);
        return codes;
    }
    default:
        break;
    }
    return {};
}

QVariant EvidenceFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("File");
    case SizeColumn: return tr("Size");
    case FlagsColumn: return tr("Checks");
    }
    return {};
}

Qt::ItemFlags EvidenceFileModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace gme
