#pragma once

#include <QStyledItemDelegate>

namespace gme {

// Edits an assignment grid cell with a list of the department's teachers who may supervise (and
// "none" to clear it): F2 or typing opens it, arrows choose, Enter sets, Escape leaves it as it was.
class TeacherCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace gme
