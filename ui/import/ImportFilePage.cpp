#include "ImportFilePage.h"

#include "ImportState.h"
#include "common/Busy.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace gme {

ImportFilePage::ImportFilePage(ImportState *state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Choose the roster file"));
    setSubTitle(tr("Excel (.xlsx, .xls) or CSV (UTF-8 or GB18030) files as offices send them. Title and unit "
                   "lines above the header are fine."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path of the roster file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importFileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::completeChanged);
}

void ImportFilePage::browse()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("import/lastFolder")).toString();
    const QString file = QFileDialog::getOpenFileName(this, tr("Import roster"), start,
                                                      tr("Rosters (*.xlsx *.xls *.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/lastFolder"), QFileInfo(file).absolutePath());
    m_path->setText(file);
}

bool ImportFilePage::isComplete() const { return !m_path->text().trimmed().isEmpty(); }

bool ImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    const SheetReadResult read = runWithBusyDialog(this, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                                   [path] { return readRosterFile(path); });
    if (!read.ok) {
        m_error->setText(read.error);
        return false;
    }
    m_error->clear();
    m_state->path = path;
    m_state->table = read.table;
    return true;
}

} // namespace gme
