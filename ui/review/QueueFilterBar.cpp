#include "QueueFilterBar.h"


#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace gme {

QueueFilterBar::QueueFilterBar(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Name or ID number"));
    m_text->setClearButtonEnabled(true);
    m_text->setToolTip(tr("Filter the queue by part of a name or ID number (Ctrl+F)"));
    m_text->setMinimumWidth(140);
    layout->addWidget(m_text, 2);

    m_specialty = addCombo(QStringLiteral("filterSpecialty"), tr("Specialty"), tr("All specialties"));
    m_base = addCombo(QStringLiteral("filterBase"), tr("Training base"), tr("All bases"));
    m_city = addCombo(QStringLiteral("filterCity"), tr("City or school authority"), tr("All cities"));
    m_personType = addCombo(QStringLiteral("filterPersonType"), tr("Person type"), tr("All person types"));
    m_track = addCombo(QStringLiteral("filterTrack"), tr("Track"), tr("All tracks"));
    m_track->addItem(m_track->property("allText").toString());
    m_track->addItem(trackName(Track::Resident), int(Track::Resident));
    m_track->addItem(trackName(Track::AssistantGp), int(Track::AssistantGp));
    m_evidence = addCombo(QStringLiteral("filterEvidence"), tr("Required evidence"), tr("All evidence"));
    m_evidence->addItem(m_evidence->property("allText").toString());
    m_evidence->addItem(tr("Evidence complete"), true);
    m_evidence->addItem(tr("Evidence missing"), false);
    m_evidence->setItemData(1, tr("Rows with every required file uploaded"), Qt::ToolTipRole);
    m_evidence->setItemData(2, tr("Rows where at least one required file is missing"), Qt::ToolTipRole);
    fill(m_specialty, {});
    fill(m_base, {});
    fill(m_city, {});
    fill(m_personType, {});

    m_clear = new QPushButton(tr("Clear filters"), this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    layout->addWidget(m_clear);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_count);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &QueueFilterBar::filterChanged);
    connect(m_text, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_clear, &QPushButton::clicked, this, &QueueFilterBar::clearFilters);
    setCounts(0, 0);
}

QComboBox *QueueFilterBar::addCombo(const QString &objectName, const QString &toolTip, const QString &allText)
{
    auto *combo = new QComboBox(this);
    combo->setProperty("allText", allText);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Six characters, the longest "all" label ("全部人员类型"): the bar then fits a 1366-pixel screen
    // (at nine it did not); the list opens as wide as its longest name.
    combo->setMinimumContentsLength(6);
    layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit filterChanged();
    });
    return combo;
}

void QueueFilterBar::fill(QComboBox *combo, QStringList values)
{
    const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
    combo->clear();
    combo->addItem(combo->property("allText").toString());
    for (const QString &v : std::as_const(values))
        combo->addItem(v, v);
    const int keep = current.isEmpty() ? 0 : combo->findData(current);
    combo->setCurrentIndex(keep < 0 ? 0 : keep);
    // The box itself is narrow; its list opens wide enough for the longest name.
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0)
                                   + combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 8);
}

FilterChoices FilterChoices::collect(const std::deque<QueueRow> &rows)
{
    QSet<QString> specialties, bases, cities, personTypes;
    for (const QueueRow &r : rows) {
        specialties.insert(r.specialty);
        bases.insert(r.base);
        cities.insert(r.city);
        personTypes.insert(r.personType);
    }
    auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.begin(), set.end());
        std::sort(list.begin(), list.end());
        return list;
    };
    return {sorted(specialties), sorted(bases), sorted(cities), sorted(personTypes)};
}

void QueueFilterBar::setChoices(const FilterChoices &choices)
{
    m_filling = true;
    const QueueFilter before = filter();
    fill(m_specialty, choices.specialties);
    fill(m_base, choices.bases);
    fill(m_city, choices.cities);
    fill(m_personType, choices.personTypes);
    m_filling = false;
    const QueueFilter after = filter();
    if (before.specialty != after.specialty || before.base != after.base || before.city != after.city
        || before.personType != after.personType)
        emit filterChanged();
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter f;
    f.text = m_text->text().trimmed();
    f.specialty = m_specialty->currentData().toString();
    f.base = m_base->currentData().toString();
    f.city = m_city->currentData().toString();
    f.personType = m_personType->currentData().toString();
    if (m_track->currentIndex() > 0)
        f.track = Track(m_track->currentData().toInt());
    if (m_evidence->currentIndex() > 0)
        f.evidenceComplete = m_evidence->currentData().toBool();
    return f;
}

void QueueFilterBar::setCounts(int shown, int total)
{
    m_count->setText(tr("Showing %1 of %2").arg(shown).arg(total));
}

QString QueueFilterBar::countText() const
{
    return m_count->text();
}

void QueueFilterBar::clearFilters()
{
    m_filling = true;
    m_text->clear();
    m_debounce->stop();
    for (QComboBox *c : {m_specialty, m_base, m_city, m_personType, m_track, m_evidence})
        c->setCurrentIndex(0);
    m_filling = false;
    emit filterChanged();
}

void QueueFilterBar::setFilter(const QueueFilter &filter)
{
    m_filling = true;
    m_text->setText(filter.text);
    m_debounce->stop();
    auto pick = [](QComboBox *combo, const QString &value) {
        if (value.isEmpty()) {
            combo->setCurrentIndex(0);
            return;
        }
        int i = combo->findData(value);
        if (i < 0) { // not in the loaded rows (yet): offer it anyway, so the filter says what it does
            combo->addItem(value, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    };
    pick(m_specialty, filter.specialty);
    pick(m_base, filter.base);
    pick(m_city, filter.city);
    pick(m_personType, filter.personType);
    const int track = filter.track ? m_track->findData(int(*filter.track)) : 0;
    m_track->setCurrentIndex(std::max(0, track));
    const int evidence = filter.evidenceComplete ? m_evidence->findData(*filter.evidenceComplete) : 0;
    m_evidence->setCurrentIndex(std::max(0, evidence));
    m_filling = false;
    emit filterChanged();
}

} // namespace gme
