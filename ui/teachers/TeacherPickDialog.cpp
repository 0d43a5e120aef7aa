#include "TeacherPickDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace gme {

TeacherPickDialog::TeacherPickDialog(const QString &rowText, const QList<QPair<Teacher, QString>> &candidates,
                                     qint64 currentTeacherId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Supervising teacher"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(rowText, this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("teacherPick"));
    auto *model = new QStandardItemModel(m_combo);
    int select = -1;
    for (const auto &[teacher, why] : candidates) {
        auto *item = new QStandardItem(why.isEmpty() ? teacher.name : tr("%1 — %2").arg(teacher.name, why));
        item->setData(teacher.id, Qt::UserRole);
        item->setToolTip(why);
        if (!why.isEmpty())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        else if (select < 0 || teacher.id == currentTeacherId)
            select = model->rowCount();
        model->appendRow(item);
    }
    m_combo->setModel(model);
    m_combo->setCurrentIndex(select);
    layout->addWidget(m_combo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(select >= 0);
    if (select < 0)
        layout->addWidget(new QLabel(tr("No teacher of this department may supervise."), this));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 TeacherPickDialog::teacherId() const
{
    return m_combo->currentIndex() < 0 ? 0 : m_combo->currentData(Qt::UserRole).toLongLong();
}

} // namespace gme
