#include "ReductionRequestDialog.h"

#include "common/CancellableRun.h"
#include "db/Database.h"
#include "db/DbError.h"
#include "years/ReductionRequests.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gme {

ReductionRequestDialog::ReductionRequestDialog(const Session &session, const TrainingYearsRow &trainee, QWidget *parent)
    : QDialog(parent), m_session(session), m_trainee(trainee)
{
    setWindowTitle(tr("Request a training-years reduction"));
    setObjectName(QStringLiteral("reductionRequestDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Trainee:"), new QLabel(QStringLiteral("%1 (%2)").arg(trainee.name, trainee.idNumber), this));
    form->addRow(tr("Current years:"),
                 new QLabel(trainee.years ? tr("%n year(s)", nullptr, *trainee.years) : tr("not recorded"), this));
    m_years = new QComboBox(this);
    m_years->setObjectName(QStringLiteral("reductionYears"));
    for (int y : {2, 1})
        m_years->addItem(tr("%n year(s)", nullptr, y), y);
    form->addRow(tr("Reduce to:"), m_years);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reductionReason"));
    m_reason->setPlaceholderText(tr("Why the trainee needs fewer years (e.g. training already completed elsewhere)"));
    m_reason->setMaximumHeight(90);
    form->addRow(tr("Reason:"), m_reason);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("PDF proof (减免佐证材料)"));
    fileRow->addWidget(m_file, 1);
    auto *browse = new QPushButton(tr("Choose PDF…"), this);
    connect(browse, &QPushButton::clicked, this, &ReductionRequestDialog::browse);
    fileRow->addWidget(browse);
    form->addRow(tr("Proof:"), fileRow);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reductionMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *fileButton = buttons->addButton(tr("Submit request"), QDialogButtonBox::AcceptRole);
    fileButton->setObjectName(QStringLiteral("submitReduction"));
    connect(fileButton, &QPushButton::clicked, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 340);
}

void ReductionRequestDialog::setReason(const QString &reason) { m_reason->setPlainText(reason); }

void ReductionRequestDialog::setYears(int years)
{
    const int i = m_years->findData(years);
    if (i >= 0)
        m_years->setCurrentIndex(i);
}

QString ReductionRequestDialog::messageText() const { return m_message->text(); }

void ReductionRequestDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the PDF proof"), QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        setProofFile(path);
}

bool ReductionRequestDialog::setProofFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    m_proof = f.readAll();
    m_proofName = QFileInfo(path).fileName();
    m_file->setText(QDir::toNativeSeparators(path));
    m_message->clear();
    return true;
}

bool ReductionRequestDialog::submit()
{
    if (m_proof.isEmpty() && m_proofName.isEmpty()) {
        m_message->setText(tr("Choose the PDF proof first."));
        return false;
    }
    const Session session = m_session;
    const qint64 traineeId = m_trainee.traineeId;
    const int years = m_years->currentData().toInt();
    const QString reason = m_reason->toPlainText();
    const QByteArray proof = m_proof;
    const QString proofName = m_proofName;
    struct Outcome
    {
        ReductionFiled filed;
        QString error;
    };
    const Outcome out = runCancellable<Outcome>(
        this, tr("Filing the request…"), [=](const std::function<bool(int, int)> &) {
            Outcome o;
            try {
                o.filed = ReductionRequests(session.database->connection(), session.user, session.clockRef())
                              .file(traineeId, years, reason, proof, proofName);
            } catch (const DbError &e) {
                o.error = e.message();
            }
            return o;
        });
    if (!out.error.isEmpty()) {
        m_message->setText(tr("The request could not be filed: %1").arg(out.error));
        return false;
    }
    if (!out.filed.ok()) {
        m_message->setText(out.filed.message());
        return false;
    }
    accept();
    return true;
}

} // namespace gme
