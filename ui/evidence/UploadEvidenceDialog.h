#pragma once

#include "evidence/EvidenceRef.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace gme {

class EvidenceUpload;
class EvidenceUploader;

// Uploads one file for a registration on the trainee's behalf: pick the kind and the file; the
// file is checked and stored off the GUI thread with progress and Cancel; a refused file is named
// with its problems. The dialog stays open after an upload so several files can follow.
class UploadEvidenceDialog : public QDialog
{
    Q_OBJECT
public:
    // who: the registrant as shown to the user (name and ID number); suggestedKind is preselected.
    UploadEvidenceDialog(EvidenceUploader &uploader, qint64 registrationId, const QString &who,
                         const QString &suggestedKind = {}, QWidget *parent = nullptr);
    ~UploadEvidenceDialog() override;

    void setKind(const QString &kind);
    QString kind() const;
    void setFilePath(const QString &path);
    void startUpload();
    bool isUploading() const;
    QString messageText() const;
    QProgressBar *progressBar() const { return m_progress; }

signals:
    void uploaded(const gme::EvidenceRef &stored);

protected:
    void reject() override; // Esc and Close: cancel a running upload first

private:
    void browse();
    void onEnded();
    void updateHint();
    void setMessage(const QString &text, bool problem);
    void setBusy(bool busy);

    EvidenceUploader &m_uploader;
    qint64 m_registrationId;
    QPointer<EvidenceUpload> m_upload;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_hint = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_uploadButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gme
