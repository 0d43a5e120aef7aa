#include "ManifestDialog.h"

#include "common/ColumnWidths.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gme {

// A broken workflow rule says which rule; the other problems have one text each.
static QString problemText(const ManifestRow &r) { return r.note.isEmpty() ? rowProblemText(r.problem) : r.note; }

// The manifest rows as a table; a plain model so batches of any size open at once.
class ManifestModel : public QAbstractTableModel
{
public:
    ManifestModel(QList<ManifestRow> rows, QObject *parent) : QAbstractTableModel(parent), m_rows(std::move(rows)) {}
    int rowCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &p = {}) const override { return p.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const ManifestRow &r = m_rows.at(index.row());
        const bool bad = r.problem != RowProblem::None;
        if (role == Qt::BackgroundRole && bad)
            return QBrush(QColor(255, 224, 224));
        if (role == Qt::ForegroundRole && bad)
            return QBrush(QColor(140, 0, 0));
        if (role == Qt::ToolTipRole && bad)
            return problemText(r);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case 0: return r.name.isEmpty() ? ManifestDialog::tr("(not visible to you)") : r.name;
        case 1: return r.idNumber;
        case 2: return r.problem == RowProblem::OutOfScope ? QString() : stateName(r.state);
        case 3: return bad ? problemText(r) : QString();
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation o, int role) const override
    {
        if (o != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, o, role);
        switch (section) {
        case 0: return ManifestDialog::tr("Name");
        case 1: return ManifestDialog::tr("ID number");
        case 2: return ManifestDialog::tr("Current state");
        case 3: return ManifestDialog::tr("Problem");
        }
        return {};
    }

private:
    QList<ManifestRow> m_rows;
};

QString ManifestDialog::willTakeActionText(Action action, int rows)
{
    switch (action) {
    case Action::Pass: return tr("%1 rows will be passed").arg(rows);
    case Action::Reject: return tr("%1 rows will be rejected").arg(rows);
    case Action::Return: return tr("%1 rows will be returned for revision").arg(rows);
    default: return tr("%1 rows will take this action").arg(rows);
    }
}

ManifestDialog::ManifestDialog(Action action, const BatchCheck &check, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Check before applying: %1").arg(actionName(action)));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("manifestSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    const int bad = check.badRowCount();
    QStringList lines;
    if (check.problem != BatchProblem::None)
        lines << batchProblemText(check.problem);
    lines << willTakeActionText(action, int(check.rows.size()) - bad);
    if (bad > 0)
        lines << tr("%1 rows cannot take this action; remove them from the pending batch to continue.").arg(bad);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (!check.ok()) {
        QPalette p = m_summary->palette();
        p.setColor(QPalette::WindowText, QColor(160, 0, 0));
        m_summary->setPalette(p);
    }
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("manifestTable"));
    m_table->setModel(new ManifestModel(check.rows, this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setColumnWidthsFromSamples(m_table, {QStringLiteral(u"欧阳某某某"), QStringLiteral("44010619900101123X"),
                                         stateName(State::CityPassed)});
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_removeProblems = buttons->addButton(tr("Remove problem rows"), QDialogButtonBox::ActionRole);
    m_removeProblems->setObjectName(QStringLiteral("removeProblemRows"));
    m_removeProblems->setEnabled(bad > 0);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setEnabled(check.ok());
    m_apply->setDefault(check.ok());
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_choice = ReviewPrompts::ManifestChoice::Apply;
        accept();
    });
    connect(m_removeProblems, &QPushButton::clicked, this, [this] {
        m_choice = ReviewPrompts::ManifestChoice::RemoveProblemRows;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_choice = ReviewPrompts::ManifestChoice::Cancel;
        reject();
    });
    resize(720, 520);
}

QString ManifestDialog::summaryText() const
{
    return m_summary ? m_summary->text() : QString();
}

} // namespace gme
