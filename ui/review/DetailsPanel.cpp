#include "DetailsPanel.h"

#include "common/Format.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>

namespace gme {
namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setCell(QTableWidget *t, int row, int column, const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    t->setItem(row, column, item);
}

QString subjectsText(const QString &codes)
{
    QStringList names;
    for (const QString &c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (c == QLatin1String("theory"))
            names << DetailsPanel::tr("Theory");
        else if (c == QLatin1String("skills"))
            names << DetailsPanel::tr("Clinical skills");
        else
            names << c;
    }
    return names.join(DetailsPanel::tr(", "));
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("detailsPanel"));
    addFormTab(tr("Basic information"),
               {{QStringLiteral("name"), tr("Name:")},
                {QStringLiteral("gender"), tr("Gender:")},
                {QStringLiteral("birthDate"), tr("Birth date:")},
                {QStringLiteral("ethnicity"), tr("Ethnicity:")},
                {QStringLiteral("idNumber"), tr("ID number:")},
                {QStringLiteral("personType"), tr("Person type:")},
                {QStringLiteral("base"), tr("Training base:")},
                {QStringLiteral("unit"), tr("Collaborating unit:")},
                {QStringLiteral("city"), tr("City / authority:")},
                {QStringLiteral("education"), tr("Education:")},
                {QStringLiteral("degree"), tr("Degree:")},
                {QStringLiteral("school"), tr("School:")},
                {QStringLiteral("graduationDate"), tr("Graduation date:")},
                {QStringLiteral("phone"), tr("Phone:")}});
    addFormTab(tr("Registration"),
               {{QStringLiteral("examBatch"), tr("Exam batch:")},
                {QStringLiteral("track"), tr("Track:")},
                {QStringLiteral("specialty"), tr("Specialty:")},
                {QStringLiteral("subjects"), tr("Subjects:")},
                {QStringLiteral("makeup"), tr("Make-up candidate:")},
                {QStringLiteral("trainingPeriod"), tr("Training period:")},
                {QStringLiteral("licence"), tr("Licence number:")},
                {QStringLiteral("state"), tr("State:")},
                {QStringLiteral("submittedAt"), tr("Submitted at:")}});

    m_timeline = makeTable({tr("Time"), tr("Flow"), tr("Stage"), tr("Action"), tr("From → to"), tr("Reviewer"),
                            tr("Batch action"), tr("Reason")},
                           this);
    m_timeline->setObjectName(QStringLiteral("timelineTable"));
    addTab(m_timeline, tr("History"));
    clearDetails();
}

QWidget *DetailsPanel::addFormTab(const QString &title, const QList<QPair<QString, QString>> &fields)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    // Two columns of label/value pairs use the width of a wide panel.
    auto *grid = new QGridLayout;
    form->addRow(grid);
    const int half = int((fields.size() + 1) / 2);
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = new QLabel(fields.at(i).second, page);
        auto *value = new QLabel(page);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(fields.at(i).first);
        label->setBuddy(value);
        const int row = i % half;
        const int col = (i / half) * 2;
        grid->addWidget(label, row, col, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(value, row, col + 1, Qt::AlignLeft | Qt::AlignVCenter);
        m_fields.insert(fields.at(i).first, value);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);
    scroll->setWidget(page);
    addTab(scroll, title);
    return page;
}

void DetailsPanel::setField(const QString &key, const QString &value)
{
    if (QLabel *l = m_fields.value(key))
        l->setText(value);
}

QString DetailsPanel::fieldText(const QString &key) const
{
    const QLabel *l = m_fields.value(key);
    return l ? l->text() : QString();
}

void DetailsPanel::clearDetails()
{
    for (QLabel *l : std::as_const(m_fields))
        l->clear();
    setField(QStringLiteral("name"), tr("Select a registration to see its details."));
    m_timeline->setRowCount(0);
}

void DetailsPanel::showDetails(const std::optional<RegistrationDetails> &details)
{
    if (!details) {
        clearDetails();
        return;
    }
    const RegistrationDetails &d = *details;
    const QueueRow &r = d.row;
    setField(QStringLiteral("name"), r.name);
    setField(QStringLiteral("gender"), genderName(r.gender));
    setField(QStringLiteral("birthDate"), formatDate(d.birthDate));
    setField(QStringLiteral("ethnicity"), d.ethnicity);
    setField(QStringLiteral("idNumber"), r.idNumber);
    setField(QStringLiteral("personType"), r.personType);
    setField(QStringLiteral("base"), r.base);
    setField(QStringLiteral("unit"), d.unit);
    setField(QStringLiteral("city"), r.city);
    setField(QStringLiteral("education"), d.education);
    setField(QStringLiteral("degree"), d.degree);
    setField(QStringLiteral("school"), d.school);
    setField(QStringLiteral("graduationDate"), formatDate(d.graduationDate));
    setField(QStringLiteral("phone"), d.phone);

    setField(QStringLiteral("examBatch"), r.examBatch);
    setField(QStringLiteral("track"), trackName(r.track));
    setField(QStringLiteral("specialty"), r.specialty);
    setField(QStringLiteral("subjects"), subjectsText(d.subjects));
    setField(QStringLiteral("makeup"), yesNo(r.isMakeup));
    setField(QStringLiteral("trainingPeriod"),
             d.trainingStart.isValid() ? tr("%1 to %2").arg(formatDate(d.trainingStart), formatDate(d.trainingEnd))
                                       : QString());
    setField(QStringLiteral("licence"), d.licenceNumber);
    setField(QStringLiteral("state"), stateName(r.state));
    setField(QStringLiteral("submittedAt"), formatDateTime(r.submittedAt));

    m_timeline->setRowCount(int(d.timeline.size()));
    for (int i = 0; i < d.timeline.size(); ++i) {
        const DecisionEntry &e = d.timeline.at(i);
        setCell(m_timeline, i, 0, formatDateTime(e.decidedAt));
        // The words come from the core, which knows each flow's stages and states.
        setCell(m_timeline, i, 1, e.flow);
        setCell(m_timeline, i, 2, e.stageText);
        setCell(m_timeline, i, 3, e.actionText);
        setCell(m_timeline, i, 4,
                e.fromText.isEmpty() ? tr("→ %1").arg(e.toText) : tr("%1 → %2").arg(e.fromText, e.toText));
        setCell(m_timeline, i, 5, e.reviewer);
        setCell(m_timeline, i, 6, e.batchActionId > 0 ? tr("#%1").arg(e.batchActionId) : QString());
        setCell(m_timeline, i, 7, e.reason);
    }
    m_timeline->resizeColumnsToContents();
}

} // namespace gme
