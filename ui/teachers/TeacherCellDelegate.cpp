#include "TeacherCellDelegate.h"

#include "AssignmentGridModel.h"

#include <QComboBox>

namespace gme {

QWidget *TeacherCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("teacherCellEditor"));
    combo->addItem(tr("— none —"), qint64(0));
    for (const QVariant &v : index.data(AssignmentGridModel::CandidatesRole).toList()) {
        const QVariantMap c = v.toMap();
        combo->addItem(c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("id")).toLongLong());
    }
    return combo;
}

void TeacherCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(AssignmentGridModel::TeacherIdRole).toLongLong());
    // A teacher who may no longer supervise is not in the list: start from "none".
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

void TeacherCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace gme
