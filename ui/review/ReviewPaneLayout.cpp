// The review pane's widgets: tables, the move buttons and the pending side.
#include "ReviewPane.h"

#include "QueueTableModel.h"
#include "common/ColumnWidths.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gme {

void ReviewPane::setupTable(QTableView *view, QueueTableModel *model, bool sortable)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(sortable);
    if (sortable)
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setColumnWidthsFromSamples(
        view, {QStringLiteral(u"欧阳某某某"), QStringLiteral("44010619900101123X"), QStringLiteral(u"Female女"),
               QStringLiteral(u"外科（神经外科）"), QStringLiteral(u"广州医科大学附属第一医院"), QStringLiteral(u"省属高校主管部门"),
               QStringLiteral(u"外单位委托培养"), QStringLiteral("Resident physician"), QStringLiteral("Make-up"),
               QStringLiteral("2026-03-14 09:00"), QStringLiteral("Missing: Diploma")});
    view->installEventFilter(this);
}

QWidget *ReviewPane::buildMiddleButtons()
{
    auto *box = new QWidget(this);
    auto *col = new QVBoxLayout(box);
    col->addStretch(1);
    auto button = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(name);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        col->addWidget(b);
        return b;
    };
    const QString ctrlRight = QKeySequence(Qt::CTRL | Qt::Key_Right).toString(QKeySequence::NativeText);
    const QString ctrlLeft = QKeySequence(Qt::CTRL | Qt::Key_Left).toString(QKeySequence::NativeText);
    button(QStringLiteral("addButton"), tr("Add to batch →"),
           tr("Move the selected registrations into the pending batch (%1, Enter, double-click)").arg(ctrlRight),
           &ReviewPane::addSelectedToPending);
    button(QStringLiteral("removeButton"), tr("← Remove"),
           tr("Move the selected pending registrations back to the queue (%1, Delete, double-click)").arg(ctrlLeft),
           &ReviewPane::removeSelectedFromPending);
    col->addSpacing(16);
    button(QStringLiteral("addAllButton"), tr("Add all shown"),
           tr("Move every registration the filter shows into the pending batch"), &ReviewPane::addAllShown);
    button(QStringLiteral("removeAllButton"), tr("Remove all"),
           tr("Move the whole pending batch back to the queue"), &ReviewPane::removeAllFromPending);
    col->addStretch(2);
    return box;
}

QWidget *ReviewPane::buildPendingSide()
{
    auto *box = new QWidget(this);
    auto *col = new QVBoxLayout(box);
    col->setContentsMargins(0, 0, 0, 0);
    m_pendingCount = new QLabel(box);
    m_pendingCount->setObjectName(QStringLiteral("pendingCount"));
    QFont bold = m_pendingCount->font();
    bold.setBold(true);
    m_pendingCount->setFont(bold);
    col->addWidget(m_pendingCount);
    col->addWidget(m_pendingView, 1);
    auto *actions = new QHBoxLayout;
    struct Def { Action action; const char *name; QString text; QString tip; };
    const Def defs[] = {
        {Action::Pass, "passButton", tr("Pass"), tr("Pass every registration in the pending batch")},
        {Action::Reject, "rejectButton", tr("Reject…"),
         tr("Reject every registration in the pending batch; a reason is required")},
        {Action::Return, "returnButton", tr("Return for revision…"),
         tr("Return every registration in the pending batch to the trainee for revision; a reason is required")},
    };
    for (const Def &d : defs) {
        auto *b = new QPushButton(d.text, box);
        b->setObjectName(QString::fromLatin1(d.name));
        b->setToolTip(d.tip);
        const Action action = d.action;
        connect(b, &QPushButton::clicked, this, [this, action] { decide(action); });
        actions->addWidget(b);
        m_actionButtons.append(b);
    }
    col->addLayout(actions);
    return box;
}

} // namespace gme
