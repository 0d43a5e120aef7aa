#pragma once

#include "evidence/EvidenceFinding.h"
#include "evidence/EvidenceRef.h"
#include "evidence/EvidenceRepository.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QBuffer;
class QLabel;
class QListView;
class QPdfDocument;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace gme {

class EvidenceFileModel;
class EvidencePrefetcher;
class EvidenceRequest;
class FirstPageCache;
class EvidenceSource;
class ImageView;
class PdfPageListModel;
class PdfPageView;
class ZoomableView;

// Every uploaded file of the registration under review, beside the queue: the file list (kind, name,
// size, checks) and a viewer for the selected file — PDFs page by page with a page list, images —
// with zoom, fit width/page and rotation. All files of the registration are fetched and checked as
// soon as it is shown; bad files (damaged, empty, truncated, password-protected, not a PDF, too
// large) get a clear message instead of a picture.
class EvidenceViewer : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Empty, Loading, Pdf, Image, Message };

    explicit EvidenceViewer(QWidget *parent = nullptr);
    ~EvidenceViewer() override;

    // Where the bytes come from (not owned; must outlive the viewer or be replaced first). The viewer
    // puts its own memory cache and prefetcher in front of it.
    void setSource(EvidenceSource *source);
    EvidencePrefetcher *prefetcher() const { return m_prefetcher; }

    // Shows a registration's files and selects the first one. No focus is taken, so the queue keeps
    // the arrow keys.
    void showRegistration(qint64 registrationId, const QList<EvidenceRef> &files);
    // The same, also checking the photo's name against the ID number and listing required kinds
    // nobody uploaded (see EvidenceRepository::registration()).
    void showRegistration(const RegistrationEvidence &evidence);
    // Fetches these files ahead (typically the next rows'), replacing the previous wish list.
    void prefetch(const QList<EvidenceRef> &files);
    void clear();

    qint64 registrationId() const { return m_registrationId; }
    EvidenceFileModel *fileModel() const { return m_model; }
    int currentFile() const { return m_current; }
    void showFile(int row);

    Mode mode() const { return m_mode; }
    QString messageText() const; // the message shown instead of a file, empty otherwise
    QString bannerText() const;  // the warning above a file that is shown
    int pageCount() const;
    int currentPage() const;     // 0-based
    void setPage(int page);
    PdfPageView *pdfView() const { return m_pdfView; }
    ImageView *imageView() const { return m_imageView; }
    QListView *pageList() const { return m_pageList; }

signals:
    void fileShown(int row);   // the selected file's content, or its message, is in place
    void pagePainted();        // the shown page or image has been painted
    void prefetched(const QString &sha256); // a file fetched ahead is ready (for a PDF: its first page too)

private:
    void buildUi();
    void buildToolBar();
    void fetchRow(int row);
    void cancelAll();
    void onFetched(int row, const QByteArray &bytes);
    void display(int row);
    void displayPdf(int row, const QByteArray &bytes);
    void displayImage(int row, const QByteArray &bytes);
    void onDocumentStatus();
    void showMessage(const QString &text, Mode mode = Mode::Message);
    void setBanner(const QString &text);
    void updateControls();
    ZoomableView *activeView() const;
    EvidenceFindings checksFor(int row, const QByteArray &bytes) const;
    void prepareFirstPage(const QString &sha256);

    EvidencePrefetcher *m_prefetcher = nullptr;
    EvidenceFileModel *m_model;
    PdfPageListModel *m_pageModel;
    QPdfDocument *m_document;
    QBuffer *m_pdfBuffer;
    FirstPageCache *m_firstPages;
    int m_pdfRow = -1;

    QTableView *m_table = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QSplitter *m_pdfSplitter = nullptr;
    QListView *m_pageList = nullptr;
    PdfPageView *m_pdfView = nullptr;
    ImageView *m_imageView = nullptr;
    QSpinBox *m_pageBox = nullptr;
    QLabel *m_pageTotal = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QAction *m_prevPage = nullptr, *m_nextPage = nullptr, *m_zoomIn = nullptr, *m_zoomOut = nullptr;
    QAction *m_fitWidth = nullptr, *m_fitPage = nullptr, *m_rotateLeft = nullptr, *m_rotateRight = nullptr;
    QAction *m_showPages = nullptr;

    qint64 m_registrationId = 0;
    QString m_idNumber;
    int m_current = -1;
    Mode m_mode = Mode::Empty;
    QHash<int, QPointer<EvidenceRequest>> m_requests;
    QHash<int, QByteArray> m_bytes;
};

} // namespace gme
