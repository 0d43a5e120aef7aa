#include "ReasonDialog.h"

#include "db/DbError.h"
#include "review/PendingStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gme {

ReasonDialog::ReasonDialog(Action action, ReasonTemplates *templates, QWidget *parent)
    : QDialog(parent), m_action(action), m_templates(templates)
{
    setWindowTitle(action == Action::Reject ? tr("Reject: reason") : tr("Return for revision: reason"));
    auto *layout = new QVBoxLayout(this);

    const QString question =
        action == Action::Reject
            ? tr("Why are these registrations rejected? The reason is recorded with every row.")
            : tr("What must be revised? The reason is recorded with every row and passed on to the trainee.");
    auto *prompt = new QLabel(question, this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reasonText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Type a reason or pick one below"));
    m_text->setMinimumHeight(80);
    layout->addWidget(m_text);

    auto *listLabel = new QLabel(tr("Reason &templates (click to copy, double-click to use):"), this);
    layout->addWidget(listLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reasonTemplates"));
    listLabel->setBuddy(m_list);
    if (m_templates) {
        try {
            m_known = m_templates->list(action);
        } catch (const DbError &) {
            m_known.clear(); // the reason can still be typed
        }
    }
    m_list->addItems(m_known);
    layout->addWidget(m_list, 1);

    m_save = new QCheckBox(tr("Save as template"), this);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_save->setEnabled(m_templates != nullptr);
    layout->addWidget(m_save);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(action == Action::Reject ? tr("Reject…") : tr("Return…"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    // A click copies a template into the box (to use or adapt); Enter or a double-click takes it.
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_text->setPlainText(item->text());
    });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_text->setPlainText(item->text());
        if (okEnabled())
            accept();
    });
    updateOk();
    resize(520, 420);
}

QString ReasonDialog::reason() const
{
    return m_text->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &text)
{
    m_text->setPlainText(text);
}

bool ReasonDialog::okEnabled() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ReasonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

void ReasonDialog::saveTemplateIfAsked()
{
    if (!m_templates || !m_save->isChecked() || reason().isEmpty() || m_known.contains(reason()))
        return;
    try {
        m_templates->add(m_action, reason());
    } catch (const DbError &) {
        // Losing a template is not worth interrupting the decision.
    }
}

} // namespace gme
