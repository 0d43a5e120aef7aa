#include "UploadEvidenceDialog.h"

#include "evidence/EvidenceUploader.h"
#include "evidence/PhotoRules.h"
#include "evidence/UploadCheck.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gme {

UploadEvidenceDialog::UploadEvidenceDialog(EvidenceUploader &uploader, qint64 registrationId, const QString &who,
                                           const QString &suggestedKind, QWidget *parent)
    : QDialog(parent), m_uploader(uploader), m_registrationId(registrationId)
{
    setObjectName(QStringLiteral("uploadEvidenceDialog"));
    setWindowTitle(tr("Upload evidence"));
    auto *layout = new QVBoxLayout(this);
    auto *whoLabel = new QLabel(tr("For: %1").arg(who), this);
    whoLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(whoLabel);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("uploadKind"));
    for (const QString &kind : uploadableEvidenceKinds())
        m_kind->addItem(evidenceKindTitle(kind), kind);
    form->addRow(tr("Kind:"), m_kind);
    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("uploadFile"));
    m_file->setPlaceholderText(tr("PDF, JPG or PNG file"));
    m_browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    form->addRow(tr("File:"), fileRow);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    layout->addWidget(m_hint);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("uploadProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("uploadMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(this);
    m_uploadButton = m_buttons->addButton(tr("Upload"), QDialogButtonBox::AcceptRole);
    m_uploadButton->setObjectName(QStringLiteral("uploadButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &UploadEvidenceDialog::browse);
    connect(m_uploadButton, &QPushButton::clicked, this, &UploadEvidenceDialog::startUpload);
    connect(m_cancelButton, &QPushButton::clicked, this, &UploadEvidenceDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &UploadEvidenceDialog::updateHint);
    connect(m_file, &QLineEdit::textChanged, this, [this] { m_uploadButton->setEnabled(!m_file->text().isEmpty() && !isUploading()); });
    setKind(suggestedKind);
    updateHint();
    m_uploadButton->setEnabled(false);
    resize(520, sizeHint().height());
}

UploadEvidenceDialog::~UploadEvidenceDialog()
{
    if (m_upload)
        m_upload->cancel();
}

void UploadEvidenceDialog::setKind(const QString &kind)
{
    const int i = m_kind->findData(kind);
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

QString UploadEvidenceDialog::kind() const
{
    return m_kind->currentData().toString();
}

void UploadEvidenceDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

bool UploadEvidenceDialog::isUploading() const
{
    return m_upload && m_upload->isRunning();
}

QString UploadEvidenceDialog::messageText() const
{
    return m_message->text();
}

void UploadEvidenceDialog::updateHint()
{
    if (kind() == EvidenceKind::Photo)
        m_hint->setText(tr("The certificate photo must be a JPG of 150–300 KB named by the ID number, portrait in "
                           "2-inch proportions, on a white background."));
    else
        m_hint->setText(tr("A PDF (without password, at most %1 pages) or a JPG/PNG scan, up to %2.")
                            .arg(UploadLimit::MaxPdfPages)
                            .arg(formatFileSize(UploadLimit::MaxBytes)));
}

void UploadEvidenceDialog::browse()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("ui/lastEvidenceDir"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the evidence file"), dir,
                                                      tr("Evidence (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("ui/lastEvidenceDir"), QFileInfo(path).absolutePath());
    setFilePath(path);
}

void UploadEvidenceDialog::startUpload()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty() || isUploading())
        return;
    setMessage({}, false);
    m_upload = m_uploader.upload(m_registrationId, kind(), path);
    connect(m_upload, &EvidenceUpload::progress, this, [this](EvidenceUpload::Step step, qint64 done, qint64 total) {
        m_progress->setFormat(step == EvidenceUpload::Step::Reading ? tr("Reading and checking… %p%") : tr("Storing… %p%"));
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(m_upload, &EvidenceUpload::ended, this, &UploadEvidenceDialog::onEnded);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Checking…"));
    setBusy(true);
}

void UploadEvidenceDialog::onEnded()
{
    EvidenceUpload *upload = m_upload;
    setBusy(false);
    if (!upload)
        return;
    switch (upload->status()) {
    case EvidenceUpload::Status::Stored: {
        const EvidenceRef stored = upload->stored();
        setMessage(tr("\"%1\" was uploaded as %2 (%3).")
                       .arg(stored.fileName, evidenceKindTitle(stored.kind), formatFileSize(stored.sizeBytes)),
                   false);
        m_file->clear();
        emit uploaded(stored);
        break;
    }
    case EvidenceUpload::Status::Refused:
    case EvidenceUpload::Status::Failed:
        setMessage(upload->message(), true);
        break;
    case EvidenceUpload::Status::Cancelled:
        setMessage(tr("The upload was cancelled; nothing was stored."), false);
        break;
    case EvidenceUpload::Status::Running:
        break;
    }
    upload->deleteLater();
    m_upload = nullptr;
}

void UploadEvidenceDialog::reject()
{
    if (isUploading()) {
        m_upload->cancel(); // ended() follows at once; the dialog stays to say so
        return;
    }
    QDialog::reject();
}

void UploadEvidenceDialog::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void UploadEvidenceDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_kind->setEnabled(!busy);
    m_file->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_uploadButton->setEnabled(!busy && !m_file->text().isEmpty());
    m_cancelButton->setText(busy ? tr("Cancel upload") : tr("Close"));
}

} // namespace gme
