#include "ImportMappingPage.h"

#include "ImportState.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gme {

ImportMappingPage::ImportMappingPage(ImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Check which column of the file holds each field. Name, ID number, specialty and person "
                   "type are required."));
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("importHeaderRow"));
    m_headerRow->setMinimum(1);
    m_fields = new QTableWidget(kRosterFieldCount, 2, this);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    for (int f = 0; f < kRosterFieldCount; ++f) {
        auto *label = new QTableWidgetItem(rosterFieldLabel(RosterField(f)));
        label->setFlags(Qt::ItemIsEnabled);
        m_fields->setItem(f, 0, label);
        auto *combo = new QComboBox(m_fields);
        combo->setObjectName(QStringLiteral("importColumnFor%1").arg(f)); // by RosterField
        m_fields->setCellWidget(f, 1, combo);
        m_combos.append(combo);
    }
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("importMappingNote"));
    m_note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Header row:"), m_headerRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fields, 1);
    layout->addWidget(m_note);
    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) { fillCombos(row - 1); });
}

QString ImportMappingPage::rememberKey(const SheetTable &table, int headerRow)
{
    QStringList headings;
    if (headerRow >= 0 && headerRow < table.rows.size())
        for (const SheetCell &c : table.rows[headerRow])
            headings.append(canonicalHeading(c.text));
    return QString::fromLatin1(QCryptographicHash::hash(headings.join(QLatin1Char('\t')).toUtf8(),
                                                        QCryptographicHash::Sha1).toHex().left(16));
}

void ImportMappingPage::initializePage()
{
    const SheetTable &t = m_state->table;
    m_headerRow->setMaximum(qMax(1, int(t.rows.size())));
    const auto detected = detectRosterHeader(t);
    ColumnMapping mapping = detected.value_or(ColumnMapping{});
    const int headerRow = detected ? detected->headerRow : 0;
    // A mapping the user corrected before, for a file with the same headings, wins.
    QSettings settings;
    const QVariantMap remembered =
        settings.value(QStringLiteral("import/mappings/") + rememberKey(t, headerRow)).toMap();
    if (!remembered.isEmpty()) {
        mapping.columnOf.clear();
        for (auto it = remembered.begin(); it != remembered.end(); ++it)
            mapping.columnOf.insert(RosterField(it.key().toInt()), it.value().toInt());
    }
    m_note->setText(detected ? QString() : tr("No header row was recognised; pick it and match the columns by hand."));
    const QSignalBlocker block(m_headerRow);
    m_headerRow->setValue(headerRow + 1);
    fillCombos(headerRow);
    applyMapping(mapping);
}

void ImportMappingPage::fillCombos(int headerRow)
{
    const SheetTable &t = m_state->table;
    const auto &row = headerRow >= 0 && headerRow < t.rows.size() ? t.rows[headerRow] : QVector<SheetCell>();
    for (QComboBox *combo : std::as_const(m_combos)) {
        const int keep = combo->currentData().isValid() ? combo->currentData().toInt() : -1;
        combo->clear();
        combo->addItem(tr("— not in the file —"), -1);
        for (int c = 0; c < row.size(); ++c) {
            if (!row[c].isEmpty())
                combo->addItem(tr("Column %1: %2").arg(c + 1).arg(row[c].text.simplified()), c);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(keep)));
    }
}

void ImportMappingPage::applyMapping(const ColumnMapping &mapping)
{
    for (int f = 0; f < kRosterFieldCount; ++f) {
        const int column = mapping.columnOf.value(RosterField(f), -1);
        m_combos[f]->setCurrentIndex(qMax(0, m_combos[f]->findData(column)));
    }
}

bool ImportMappingPage::validatePage()
{
    ColumnMapping mapping;
    mapping.headerRow = m_headerRow->value() - 1;
    QVariantMap remembered;
    for (int f = 0; f < kRosterFieldCount; ++f) {
        const int column = m_combos[f]->currentData().toInt();
        if (column < 0)
            continue;
        mapping.columnOf.insert(RosterField(f), column);
        remembered.insert(QString::number(f), column);
    }
    for (RosterField f : {RosterField::Name, RosterField::IdNumber, RosterField::Specialty, RosterField::PersonType}) {
        if (!mapping.has(f)) {
            m_note->setText(tr("Choose the column that holds \"%1\".").arg(rosterFieldLabel(f)));
            return false;
        }
    }
    QSettings().setValue(QStringLiteral("import/mappings/") + rememberKey(m_state->table, mapping.headerRow), remembered);
    m_state->mapping = mapping;
    return true;
}

} // namespace gme
