#include "EvidenceViewer.h"

#include "EvidenceFileModel.h"
#include "FirstPageCache.h"
#include "ImageView.h"
#include "PdfPageListModel.h"
#include "PdfPageView.h"

#include "evidence/ContentSniffer.h"
#include "evidence/EvidencePrefetcher.h"
#include "evidence/PhotoRules.h"

#include <QAction>
#include <QBuffer>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QPdfDocument>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace gme {

EvidenceViewer::EvidenceViewer(QWidget *parent)
    : QWidget(parent),
      m_model(new EvidenceFileModel(this)),
      m_pageModel(new PdfPageListModel(this)),
      m_document(new QPdfDocument(this)),
      m_pdfBuffer(new QBuffer(this)),
      m_firstPages(new FirstPageCache(this))
{
    buildUi();
    connect(m_document, &QPdfDocument::statusChanged, this, [this] { onDocumentStatus(); });
    connect(m_firstPages, &FirstPageCache::ready, this, &EvidenceViewer::prefetched);
    showMessage(tr("Select a registrant to see the uploaded evidence."), Mode::Empty);
}

EvidenceViewer::~EvidenceViewer()
{
    cancelAll();
    m_pdfView->setDocument(nullptr);
    m_pageModel->setDocument(nullptr);
}

void EvidenceViewer::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evidenceFiles"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::ClickFocus);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceFileModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceFileModel::KindColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceFileModel::SizeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvidenceFileModel::FlagsColumn, QHeaderView::ResizeToContents);
    m_table->setMaximumHeight(m_table->verticalHeader()->defaultSectionSize() * 7);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.row() != m_current)
                    showFile(current.row());
            });
    layout->addWidget(m_table);

    buildToolBar();
    layout->addWidget(m_toolBar);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("evidenceBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_message = new QLabel(m_stack);
    m_message->setObjectName(QStringLiteral("evidenceMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);

    m_pdfSplitter = new QSplitter(Qt::Horizontal, m_stack);
    m_pageList = new QListView(m_pdfSplitter);
    m_pageList->setObjectName(QStringLiteral("evidencePages"));
    m_pageList->setModel(m_pageModel);
    m_pageList->setUniformItemSizes(true); // data() is then asked for visible rows only
    m_pageList->setIconSize(QSize(96, 136));
    m_pageList->setViewMode(QListView::ListMode);
    m_pageList->setFocusPolicy(Qt::ClickFocus);
    m_pageList->setMaximumWidth(190);
    m_pdfView = new PdfPageView(m_pdfSplitter);
    m_pdfView->setFocusPolicy(Qt::ClickFocus);
    m_pdfSplitter->setStretchFactor(1, 1);
    m_stack->addWidget(m_pdfSplitter);
    connect(m_pageList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_pdfView->setPage(current.row());
            });
    connect(m_pdfView, &PdfPageView::pageChanged, this, [this](int page) {
        if (m_pageList->currentIndex().row() != page && page < m_pageModel->rowCount())
            m_pageList->setCurrentIndex(m_pageModel->index(page));
        updateControls();
    });

    m_imageView = new ImageView(m_stack);
    m_imageView->setFocusPolicy(Qt::ClickFocus);
    m_stack->addWidget(m_imageView);
    layout->addWidget(m_stack, 1);

    for (ZoomableView *view : {static_cast<ZoomableView *>(m_pdfView), static_cast<ZoomableView *>(m_imageView)}) {
        connect(view, &ZoomableView::painted, this, &EvidenceViewer::pagePainted);
        // Thumbnails wait until the page itself is on screen.
        connect(view, &ZoomableView::painted, m_pageModel, [this] { QTimer::singleShot(0, m_pageModel, &PdfPageListModel::resume); });
        connect(view, &ZoomableView::scaleChanged, this, [this] { updateControls(); });
    }
}

void EvidenceViewer::buildToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        QAction *a = m_toolBar->addAction(text);
        a->setToolTip(key.isEmpty() ? tip : tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(a);
        }
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_showPages = add(tr("Pages"), tr("Show or hide the page list"), {}, [this](bool on) { m_pageList->setVisible(on); });
    m_showPages->setCheckable(true);
    m_showPages->setChecked(true);
    m_prevPage = add(QStringLiteral(u"◀"), tr("Previous page"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { m_pdfView->previousPage(); });
    m_pageBox = new QSpinBox(m_toolBar);
    m_pageBox->setObjectName(QStringLiteral("evidencePage"));
    m_pageBox->setKeyboardTracking(false);
    m_pageBox->setRange(0, 0);
    m_toolBar->addWidget(m_pageBox);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int value) {
        if (value > 0)
            m_pdfView->setPage(value - 1);
    });
    m_pageTotal = new QLabel(m_toolBar);
    m_toolBar->addWidget(m_pageTotal);
    m_nextPage = add(QStringLiteral(u"▶"), tr("Next page"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { m_pdfView->nextPage(); });
    m_toolBar->addSeparator();
    m_zoomOut = add(QStringLiteral(u"−"), tr("Zoom out"), QKeySequence::ZoomOut, [this] { if (auto *v = activeView()) v->zoomOut(); });
    m_zoomLabel = new QLabel(m_toolBar);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomLabel);
    m_zoomIn = add(QStringLiteral(u"+"), tr("Zoom in"), QKeySequence::ZoomIn, [this] { if (auto *v = activeView()) v->zoomIn(); });
    m_fitWidth = add(tr("Fit width"), tr("Fit the page width"), QKeySequence(Qt::CTRL | Qt::Key_2),
                     [this] { if (auto *v = activeView()) v->setFit(ZoomableView::Fit::Width); });
    m_fitPage = add(tr("Fit page"), tr("Show the whole page"), QKeySequence(Qt::CTRL | Qt::Key_1),
                    [this] { if (auto *v = activeView()) v->setFit(ZoomableView::Fit::Page); });
    m_toolBar->addSeparator();
    m_rotateLeft = add(QStringLiteral(u"⟲"), tr("Rotate left"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                       [this] { if (auto *v = activeView()) v->rotateCounterClockwise(); });
    m_rotateRight = add(QStringLiteral(u"⟳"), tr("Rotate right (for sideways scans)"), QKeySequence(Qt::CTRL | Qt::Key_R),
                        [this] { if (auto *v = activeView()) v->rotateClockwise(); });
}

void EvidenceViewer::setSource(EvidenceSource *source)
{
    cancelAll();
    delete m_prefetcher;
    m_prefetcher = source ? new EvidencePrefetcher(source, this) : nullptr;
    if (m_prefetcher)
        connect(m_prefetcher, &EvidencePrefetcher::prefetched, this, &EvidenceViewer::prepareFirstPage);
    if (m_registrationId != 0 || m_model->rowCount() > 0)
        for (int r = 0; r < m_model->rowCount(); ++r)
            fetchRow(r);
}

void EvidenceViewer::showRegistration(qint64 registrationId, const QList<EvidenceRef> &files)
{
    RegistrationEvidence e;
    e.registrationId = registrationId;
    e.files = files;
    showRegistration(e);
}

void EvidenceViewer::showRegistration(const RegistrationEvidence &evidence)
{
    cancelAll();
    m_pageModel->pause();
    m_bytes.clear();
    m_registrationId = evidence.registrationId;
    m_idNumber = evidence.idNumber;
    m_current = -1;
    m_model->setFiles(evidence.files, evidence.missingKinds);
    for (int r = 0; r < evidence.files.size(); ++r)
        fetchRow(r);
    if (m_model->rowCount() == 0) {
        showMessage(tr("This registrant has uploaded no evidence."));
        return;
    }
    m_table->setCurrentIndex(m_model->index(0, 0)); // → showFile(0)
    if (m_current != 0)
        showFile(0);
}

void EvidenceViewer::prefetch(const QList<EvidenceRef> &files)
{
    if (m_prefetcher)
        m_prefetcher->prefetch(files);
}

void EvidenceViewer::clear()
{
    cancelAll();
    m_bytes.clear();
    m_registrationId = 0;
    m_current = -1;
    m_model->clear();
    showMessage(tr("Select a registrant to see the uploaded evidence."), Mode::Empty);
}

void EvidenceViewer::cancelAll()
{
    for (const QPointer<EvidenceRequest> &r : std::as_const(m_requests))
        if (r)
            r->cancel();
    m_requests.clear();
}

void EvidenceViewer::fetchRow(int row)
{
    const EvidenceFileModel::Row &r = m_model->row(row);
    if (r.state == EvidenceFileModel::RowState::Missing)
        return;
    if (!m_prefetcher) {
        m_model->setState(row, EvidenceFileModel::RowState::Failed, tr("No evidence storage is configured."));
        return;
    }
    EvidenceRequest *request = m_prefetcher->fetch(r.ref);
    m_requests.insert(row, request);
    m_model->setState(row, EvidenceFileModel::RowState::Loading);
    connect(request, &EvidenceRequest::progress, this, [this, row](qint64 received, qint64 total) {
        if (row == m_current && m_mode == Mode::Loading && total > 0)
            m_message->setText(tr("Loading %1… %2%").arg(m_model->row(row).ref.fileName).arg(received * 100 / total));
    });
    connect(request, &EvidenceRequest::finished, this, [this, row](const QByteArray &bytes) { onFetched(row, bytes); });
    connect(request, &EvidenceRequest::failed, this, [this, row](const QString &message) {
        m_requests.remove(row);
        m_model->setState(row, EvidenceFileModel::RowState::Failed, message);
        if (row == m_current)
            display(row);
    });
    connect(request, &EvidenceRequest::damaged, this, [this, row](const QString &expected, const QString &actual) {
        m_requests.remove(row);
        m_model->setState(row, EvidenceFileModel::RowState::Damaged, damagedMessage(expected, actual));
        if (row == m_current)
            display(row);
    });
}

EvidenceFindings EvidenceViewer::checksFor(int row, const QByteArray &bytes) const
{
    const EvidenceRef &ref = m_model->row(row).ref;
    EvidenceFindings findings = inspectContent(bytes, ref.fileName, ref.mimeType).findings;
    if (ref.kind == EvidenceKind::Photo) {
        for (const EvidenceFinding &f : checkCertificatePhoto(bytes, ref.fileName, m_idNumber))
            if (!hasFinding(findings, f.code))
                findings.append(f);
    }
    return findings;
}

void EvidenceViewer::prepareFirstPage(const QString &sha256)
{
    const QByteArray bytes = m_prefetcher ? m_prefetcher->memoryBytes(sha256) : QByteArray();
    if (sniffContentType(bytes) != ContentType::Pdf) {
        emit prefetched(sha256);
        return;
    }
    // The page size, to render at the size the view will want (loading is cheap, rendering is not).
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument probe;
    probe.load(&buffer);
    if (probe.status() != QPdfDocument::Status::Ready || probe.pageCount() < 1) {
        emit prefetched(sha256);
        return;
    }
    const QSizeF natural = probe.pagePointSize(0) * (m_pdfView->logicalDpiX() / 72.0);
    const qreal dpr = m_pdfView->devicePixelRatioF();
    m_firstPages->prepare(sha256, bytes, (QSizeF(m_pdfView->canvasSizeFor(natural)) * dpr).toSize(), dpr);
}

void EvidenceViewer::onFetched(int row, const QByteArray &bytes)
{
    m_requests.remove(row);
    m_bytes.insert(row, bytes);
    m_model->setFindings(row, checksFor(row, bytes));
    m_model->setState(row, EvidenceFileModel::RowState::Ready);
    if (row == m_current)
        display(row);
}

void EvidenceViewer::showFile(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_current = row;
    m_pageModel->pause(); // the new file's first page comes before the old file's thumbnails
    if (m_table->currentIndex().row() != row)
        m_table->setCurrentIndex(m_model->index(row, 0));
    display(row);
}

void EvidenceViewer::display(int row)
{
    const EvidenceFileModel::Row &r = m_model->row(row);
    setBanner({});
    switch (r.state) {
    case EvidenceFileModel::RowState::Missing:
        showMessage(tr("%1: required for this registrant but not uploaded.").arg(evidenceKindTitle(r.missingKind)));
        emit fileShown(row);
        return;
    case EvidenceFileModel::RowState::Failed:
    case EvidenceFileModel::RowState::Damaged:
        showMessage(r.ref.fileName + QStringLiteral("\n\n") + r.message);
        emit fileShown(row);
        return;
    case EvidenceFileModel::RowState::Waiting:
    case EvidenceFileModel::RowState::Loading:
        showMessage(tr("Loading %1…").arg(r.ref.fileName), Mode::Loading);
        return;
    case EvidenceFileModel::RowState::Ready:
        break;
    }
    const QByteArray bytes = m_bytes.value(row);
    const ContentReport report = inspectContent(bytes, r.ref.fileName, r.ref.mimeType);
    QStringList warnings;
    for (const EvidenceFinding &f : r.findings)
        if (f.severity != EvidenceFinding::Severity::Note)
            warnings.append(f.text);
    if (!report.showable) {
        showMessage(r.ref.fileName + QStringLiteral("\n\n") + warnings.join(QLatin1Char('\n')));
        emit fileShown(row);
        return;
    }
    setBanner(warnings.join(QLatin1Char('\n')));
    if (report.type == ContentType::Pdf)
        displayPdf(row, bytes);
    else
        displayImage(row, bytes);
}

void EvidenceViewer::displayPdf(int row, const QByteArray &bytes)
{
    m_pdfView->setDocument(nullptr);
    m_pageModel->setDocument(nullptr);
    m_document->close();
    m_pdfBuffer->close();
    m_pdfBuffer->setData(bytes);
    m_pdfBuffer->open(QIODevice::ReadOnly);
    m_pdfRow = row;
    m_mode = Mode::Loading;
    m_document->load(m_pdfBuffer);
    if (m_document->status() != QPdfDocument::Status::Loading)
        onDocumentStatus();
}

void EvidenceViewer::onDocumentStatus()
{
    if (m_pdfRow != m_current || m_pdfRow < 0)
        return;
    const int row = m_pdfRow;
    const QString name = m_model->row(row).ref.fileName;
    switch (m_document->status()) {
    case QPdfDocument::Status::Ready:
        m_pdfRow = -1;
        if (m_document->pageCount() <= 0) {
            showMessage(tr("%1\n\nThe PDF has no pages.").arg(name));
        } else {
            m_pdfView->setRotation(0);
            m_pdfView->setDocument(m_document);
            m_pdfView->setPrerenderedFirstPage(m_firstPages->find(
                m_model->row(row).ref.sha256.toLower(),
                (QSizeF(m_pdfView->widget()->size()) * m_pdfView->devicePixelRatioF()).toSize()));
            m_pageModel->setDocument(m_document);
            m_pageList->setCurrentIndex(m_pageModel->index(0));
            m_mode = Mode::Pdf;
            m_stack->setCurrentWidget(m_pdfSplitter);
            updateControls();
        }
        break;
    case QPdfDocument::Status::Error: {
        m_pdfRow = -1;
        const QPdfDocument::Error error = m_document->error();
        QString text;
        if (error == QPdfDocument::Error::IncorrectPassword || error == QPdfDocument::Error::UnsupportedSecurityScheme)
            text = tr("This PDF is password-protected and cannot be opened. Ask the trainee to upload a copy "
                      "without a password.");
        else if (hasFinding(m_model->row(row).findings, ContentFinding::Truncated))
            text = tr("This PDF is truncated and cannot be opened: the upload was cut short. Ask the trainee "
                      "to upload it again.");
        else
            text = tr("This PDF is damaged and cannot be opened.");
        setBanner({});
        showMessage(name + QStringLiteral("\n\n") + text);
        break;
    }
    default:
        return; // still loading
    }
    emit fileShown(row);
}

void EvidenceViewer::displayImage(int row, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // camera orientation
    const QSize size = reader.size();
    QImage image;
    if (size.isValid() && qint64(size.width()) * size.height() <= MaxImagePixels)
        image = reader.read();
    if (image.isNull()) {
        setBanner({});
        showMessage(m_model->row(row).ref.fileName + QStringLiteral("\n\n")
                    + tr("The image cannot be decoded: %1").arg(reader.errorString()));
    } else {
        m_imageView->setRotation(0);
        m_imageView->setImage(image);
        m_mode = Mode::Image;
        m_stack->setCurrentWidget(m_imageView);
        updateControls();
    }
    emit fileShown(row);
}

void EvidenceViewer::showMessage(const QString &text, Mode mode)
{
    m_message->setText(text);
    m_mode = mode;
    m_stack->setCurrentWidget(m_message);
    if (mode != Mode::Loading) {
        m_pdfView->setDocument(nullptr);
        m_pageModel->setDocument(nullptr);
        m_imageView->setImage({});
    }
    updateControls();
}

void EvidenceViewer::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString EvidenceViewer::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

QString EvidenceViewer::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

int EvidenceViewer::pageCount() const
{
    return m_mode == Mode::Pdf ? m_pdfView->pageCount() : 0;
}

int EvidenceViewer::currentPage() const
{
    return m_pdfView->page();
}

void EvidenceViewer::setPage(int page)
{
    m_pdfView->setPage(page);
}

ZoomableView *EvidenceViewer::activeView() const
{
    if (m_mode == Mode::Pdf)
        return m_pdfView;
    if (m_mode == Mode::Image)
        return m_imageView;
    return nullptr;
}

void EvidenceViewer::updateControls()
{
    const bool pdf = m_mode == Mode::Pdf;
    const int pages = pdf ? m_pdfView->pageCount() : 0;
    const int page = m_pdfView->page();
    m_prevPage->setEnabled(pdf && page > 0);
    m_nextPage->setEnabled(pdf && page + 1 < pages);
    m_showPages->setEnabled(pdf);
    {
        const QSignalBlocker block(m_pageBox);
        m_pageBox->setRange(pages ? 1 : 0, pages);
        m_pageBox->setValue(pages ? page + 1 : 0);
        m_pageBox->setEnabled(pages > 1);
    }
    m_pageTotal->setText(pdf ? tr("of %1").arg(pages) : QString());
    ZoomableView *view = activeView();
    for (QAction *a : {m_zoomIn, m_zoomOut, m_fitWidth, m_fitPage, m_rotateLeft, m_rotateRight})
        a->setEnabled(view != nullptr);
    m_zoomLabel->setText(view ? QStringLiteral("%1 %").arg(qRound(view->scale() * 100)) : QString());
}

} // namespace gme
