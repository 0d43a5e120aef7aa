// The evidence viewer offscreen: PDFs (page count, navigation, zoom, rotation, a 500-page file),
// images (rotation), and the messages for damaged, empty, fake, truncated, password-protected
// files and image bombs.

#include "SampleFiles.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/EvidenceFileModel.h"
#include "evidence/ImageView.h"
#include "evidence/PdfPageListModel.h"
#include "evidence/PdfPageView.h"

#include "evidence/EvidencePrefetcher.h"
#include "evidence/EvidenceSource.h"
#include "evidence/PhotoRules.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace gme;
using namespace gme::test;

namespace {

QByteArray makePdf(int pages, QPageSize size = QPageSize(QPageSize::A4))
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(size);
    pdf.setResolution(72);
    QPainter p(&pdf);
    for (int i = 0; i < pages; ++i) {
        if (i)
            pdf.newPage();
        p.fillRect(QRect(20, 20, 100 + i % 50, 60), Qt::black);
    }
    p.end();
    return bytes;
}

QByteArray jpeg(int w, int h, bool markCorner = true)
{
    QImage img(w, h, QImage::Format_RGB32);
    img.fill(Qt::white);
    if (markCorner)
        QPainter(&img).fillRect(0, 0, w / 4, h / 4, Qt::red); // marks the top-left corner
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "JPG", 90);
    return bytes;
}

// Serves bytes from memory like a real source: asynchronously, checked against the SHA-256.
class MemorySource : public EvidenceSource
{
public:
    EvidenceRef add(const QByteArray &bytes, const QString &name, const QString &kind = QStringLiteral("process_register"))
    {
        EvidenceRef r;
        r.id = ++m_nextId;
        r.registrationId = 1;
        r.kind = kind;
        r.fileName = name;
        r.mimeType = name.endsWith(QLatin1String(".pdf")) ? QStringLiteral("application/pdf") : QStringLiteral("image/jpeg");
        r.sizeBytes = bytes.size();
        r.sha256 = sha256Hex(bytes);
        m_files.insert(r.sha256, bytes);
        return r;
    }
    // Stores other bytes under the ref's hash: a damaged file.
    void tamper(const EvidenceRef &r) { m_files[r.sha256] = "tampered " + m_files[r.sha256]; }

    EvidenceRequest *fetch(const EvidenceRef &ref) override
    {
        ++fetches;
        auto *request = new EvidenceRequest(ref, this);
        QTimer::singleShot(0, request, [this, request] {
            if (!m_files.contains(request->ref().sha256)) {
                request->reportFailed(QStringLiteral("missing"));
                return;
            }
            const QByteArray bytes = m_files.value(request->ref().sha256);
            const QString actual = sha256Hex(bytes);
            if (actual != request->ref().sha256)
                request->reportDamaged(actual);
            else
                request->reportFinished(bytes);
        });
        return request;
    }
    int fetches = 0;

private:
    QHash<QString, QByteArray> m_files;
    qint64 m_nextId = 0;
};

} // namespace

class TestEvidenceViewer : public QObject
{
    Q_OBJECT

    MemorySource *m_source = nullptr;
    EvidenceViewer *m_viewer = nullptr;

    // Shows the files and waits until the first one is in place.
    bool show(const QList<EvidenceRef> &files)
    {
        QSignalSpy shown(m_viewer, &EvidenceViewer::fileShown);
        m_viewer->showRegistration(1, files);
        return shown.count() > 0 || shown.wait(5000);
    }

private slots:
    void init()
    {
        m_source = new MemorySource;
        m_viewer = new EvidenceViewer;
        m_viewer->setSource(m_source);
        m_viewer->resize(900, 800);
        m_viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_viewer));
    }

    void cleanup()
    {
        delete m_viewer;
        delete m_source;
    }

    void showsPdfWithPageCount()
    {
        const EvidenceRef ref = m_source->add(makePdf(5), QStringLiteral("过程考核登记表.pdf"));
        QVERIFY(show({ref}));
        QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Pdf);
        QCOMPARE(m_viewer->pageCount(), 5);
        QCOMPARE(m_viewer->currentPage(), 0);
        QCOMPARE(m_viewer->pageList()->model()->rowCount(), 5);
        QCOMPARE(m_viewer->findChild<QSpinBox *>(QStringLiteral("evidencePage"))->maximum(), 5);
        QVERIFY(m_viewer->messageText().isEmpty());
        QVERIFY(m_viewer->bannerText().isEmpty());
        QCOMPARE(m_viewer->fileModel()->row(0).state, EvidenceFileModel::RowState::Ready);
        QCOMPARE(m_viewer->fileModel()->data(m_viewer->fileModel()->index(0, EvidenceFileModel::FlagsColumn), Qt::DisplayRole).toString(),
                 EvidenceFileModel::tr("OK"));
        QSignalSpy painted(m_viewer, &EvidenceViewer::pagePainted);
        QVERIFY(painted.wait(2000) || painted.count() > 0 || !m_viewer->pdfView()->grab().isNull());
        // The page is actually drawn: the black box sits near the top-left of a white page.
        const QImage shot = m_viewer->pdfView()->widget()->grab().toImage();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.pixelColor(shot.width() - 5, shot.height() - 5), QColor(Qt::white));
        const QPoint box(int(shot.width() * 60.0 / 595), int(shot.height() * 50.0 / 842));
        QVERIFY(qGray(shot.pixel(box)) < 60);
    }

    void navigatesPages()
    {
        QVERIFY(show({m_source->add(makePdf(6), QStringLiteral("a.pdf"))}));
        PdfPageView *view = m_viewer->pdfView();
        view->nextPage();
        QCOMPARE(m_viewer->currentPage(), 1);
        m_viewer->setPage(4);
        QCOMPARE(m_viewer->currentPage(), 4);
        QCOMPARE(m_viewer->pageList()->currentIndex().row(), 4); // the page list follows
        m_viewer->setPage(99);
        QCOMPARE(m_viewer->currentPage(), 5); // clamped
        auto *box = m_viewer->findChild<QSpinBox *>(QStringLiteral("evidencePage"));
        QCOMPARE(box->value(), 6);
        box->setValue(2);
        QCOMPARE(m_viewer->currentPage(), 1);
        m_viewer->pageList()->setCurrentIndex(m_viewer->pageList()->model()->index(3, 0));
        QCOMPARE(m_viewer->currentPage(), 3);
        // Fit page shows the whole page, so Page Down moves to the next one.
        view->setFit(ZoomableView::Fit::Page);
        view->setFocus();
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(m_viewer->currentPage(), 4);
        QTest::keyClick(view, Qt::Key_PageUp);
        QCOMPARE(m_viewer->currentPage(), 3);
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(m_viewer->currentPage(), 0);
    }

    void zoomFitAndRotate()
    {
        QVERIFY(show({m_source->add(makePdf(2), QStringLiteral("a.pdf"))}));
        PdfPageView *view = m_viewer->pdfView();
        QWidget *canvas = view->widget();
        view->setFit(ZoomableView::Fit::Width);
        const int fitWidth = canvas->width();
        QVERIFY(fitWidth > 400 && fitWidth <= view->viewport()->width());
        view->setFit(ZoomableView::Fit::Page);
        QVERIFY(canvas->height() <= view->maximumViewportSize().height());
        QVERIFY(canvas->width() < fitWidth);
        const qreal before = view->scale();
        view->zoomIn();
        QVERIFY(view->scale() > before);
        QCOMPARE(view->fit(), ZoomableView::Fit::None);
        view->zoomOut();
        view->zoomOut();
        QVERIFY(view->scale() < before);
        for (int i = 0; i < 100; ++i)
            view->zoomIn();
        QVERIFY(qint64(canvas->width()) * canvas->height() <= ZoomableView::MaxPaintPixels);
        view->setScale(1.0);
        const QSize portrait = canvas->size();
        QVERIFY(portrait.height() > portrait.width());
        view->rotateClockwise();
        QCOMPARE(view->rotation(), 90);
        QCOMPARE(canvas->size(), portrait.transposed());
        // The page is drawn sideways: its top-left box is now at the top-right.
        const QImage shot = canvas->grab().toImage();
        QVERIFY(qGray(shot.pixel(shot.width() - int(shot.width() * 50.0 / 842), int(shot.height() * 60.0 / 595))) < 60);
        view->rotateCounterClockwise();
        view->rotateCounterClockwise();
        QCOMPARE(view->rotation(), 270);
        // A new file starts upright.
        QVERIFY(show({m_source->add(makePdf(1), QStringLiteral("b.pdf"))}));
        QCOMPARE(view->rotation(), 0);
    }

    void damagedFileShowsMessage()
    {
        const EvidenceRef ref = m_source->add(makePdf(3), QStringLiteral("licence.pdf"), QStringLiteral("licence"));
        m_source->tamper(ref);
        QVERIFY(show({ref}));
        QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Message);
        QVERIFY2(m_viewer->messageText().contains(QStringLiteral("damaged")), qPrintable(m_viewer->messageText()));
        QVERIFY(m_viewer->messageText().contains(ref.sha256.left(12)));
        QCOMPARE(m_viewer->pageCount(), 0);
        QCOMPARE(m_viewer->fileModel()->row(0).state, EvidenceFileModel::RowState::Damaged);
        QCOMPARE(m_viewer->fileModel()->data(m_viewer->fileModel()->index(0, EvidenceFileModel::FlagsColumn), Qt::DisplayRole).toString(),
                 EvidenceFileModel::tr("Damaged"));
    }

    void badFilesShowMessages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const QByteArray pdf = makePdf(4);
        QByteArray bomb = jpeg(64, 64);
        for (qsizetype i = 2; i + 9 < bomb.size(); ++i)
            if (uchar(bomb[i]) == 0xFF && uchar(bomb[i + 1]) == 0xC0) {
                bomb[i + 5] = char(0xEA); bomb[i + 6] = char(0x60); // 60000
                bomb[i + 7] = char(0xEA); bomb[i + 8] = char(0x60);
                break;
            }
        QTest::newRow("zero bytes") << QByteArray() << "scan.pdf" << "empty";
        QTest::newRow("web page named .pdf") << QByteArray("<html><body>login</body></html>") << "scan.pdf" << "not one";
        QTest::newRow("zip named .pdf") << QByteArray("PK\x03\x04zzzzzzzzzzzzzzzz", 20) << "scan.pdf" << "ZIP";
        QTest::newRow("password") << passwordPdf() << "locked.pdf" << "password";
        QTest::newRow("image bomb") << bomb << "photo.jpg" << "megapixels";
        QTest::newRow("garbage after header") << QByteArray("%PDF-1.7\n" + QByteArray(3000, 'x')) << "broken.pdf" << "cannot be opened";
    }

    void badFilesShowMessages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QVERIFY(show({m_source->add(bytes, name)}));
        QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Message);
        QVERIFY2(m_viewer->messageText().contains(expected, Qt::CaseInsensitive), qPrintable(m_viewer->messageText()));
        QVERIFY(m_viewer->messageText().contains(name));
    }

    void realPdfsAndDamagedCopies()
    {
        QList<QByteArray> pdfs = debianPdfs();
        if (pdfs.isEmpty()) {
            qInfo("No PDF from a Debian package under /usr/share/doc; using a generated one");
            pdfs.append(makePdf(12));
        }
        for (const QByteArray &pdf : std::as_const(pdfs)) {
            QVERIFY(show({m_source->add(pdf, QStringLiteral("real.pdf"))}));
            QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Pdf);
            QVERIFY(m_viewer->pageCount() > 0);
            m_viewer->setPage(m_viewer->pageCount() - 1);
            QVERIFY(!m_viewer->pdfView()->widget()->grab().isNull());

            // Cut short in upload: told, never a crash.
            QVERIFY(show({m_source->add(pdf.left(pdf.size() / 2), QStringLiteral("cut.pdf"))}));
            QVERIFY((m_viewer->bannerText() + m_viewer->messageText()).contains(QStringLiteral("truncated")));
            if (m_viewer->mode() == EvidenceViewer::Mode::Pdf)
                for (int page = 0; page < qMin(m_viewer->pageCount(), 5); ++page) {
                    m_viewer->setPage(page);
                    m_viewer->pdfView()->widget()->grab();
                }

            // Bytes changed after upload: damaged, not shown.
            // (other bytes than above: the viewer's memory already holds the verified original)
            const EvidenceRef tampered = m_source->add(pdf + "\n", QStringLiteral("tampered.pdf"));
            m_source->tamper(tampered);
            QVERIFY(show({tampered}));
            QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Message);
            QVERIFY(m_viewer->messageText().contains(QStringLiteral("damaged")));

            // Uploaded already broken (a run of garbage in the middle, hash recorded as uploaded).
            QByteArray broken = pdf;
            for (qsizetype i = broken.size() / 3; i < broken.size() / 3 + 4096 && i < broken.size(); ++i)
                broken[i] = char(i * 7);
            QVERIFY(show({m_source->add(broken, QStringLiteral("broken.pdf"))}));
            if (m_viewer->mode() == EvidenceViewer::Mode::Pdf)
                m_viewer->pdfView()->widget()->grab();
            else
                QVERIFY(!m_viewer->messageText().isEmpty());
        }
    }

    void truncatedPdfWarns()
    {
        const QByteArray pdf = makePdf(8);
        QVERIFY(show({m_source->add(pdf.left(pdf.size() * 3 / 4), QStringLiteral("cut.pdf"))}));
        // pdfium may recover some pages or give up; either way the reviewer is told.
        const QString said = m_viewer->bannerText() + m_viewer->messageText();
        QVERIFY2(said.contains(QStringLiteral("truncated")), qPrintable(said));
    }

    void imageRotates()
    {
        QVERIFY(show({m_source->add(jpeg(200, 100), QStringLiteral("scan.jpg"))}));
        QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Image);
        ImageView *view = m_viewer->imageView();
        QCOMPARE(view->image().size(), QSize(200, 100));
        view->setScale(1.0);
        QWidget *canvas = view->widget();
        QCOMPARE(canvas->size(), QSize(200, 100));
        QImage shot = canvas->grab().toImage();
        QVERIFY(qRed(shot.pixel(5, 5)) > 200 && qGreen(shot.pixel(5, 5)) < 60);   // red corner top-left
        view->rotateClockwise();
        QCOMPARE(canvas->size(), QSize(100, 200));
        shot = canvas->grab().toImage();
        QVERIFY(qRed(shot.pixel(95, 5)) > 200 && qGreen(shot.pixel(95, 5)) < 60); // now top-right
        QVERIFY(qGreen(shot.pixel(5, 5)) > 200);
        view->zoomIn();
        QCOMPARE(canvas->size(), QSize(125, 250));
        view->setFit(ZoomableView::Fit::Page);
        QVERIFY(canvas->height() <= view->maximumViewportSize().height());
    }

    void bigPdfDoesNotFreeze()
    {
        const QByteArray pdf = makePdf(500);
        const EvidenceRef ref = m_source->add(pdf, QStringLiteral("500 pages.pdf"));
        QElapsedTimer t;
        t.start();
        QVERIFY(show({ref}));
        QCOMPARE(m_viewer->pageCount(), 500);
        QVERIFY2(t.elapsed() < 3000, QByteArray::number(t.elapsed()));
        // Thumbnails only for the rows in sight, a few at a time.
        QTest::qWait(300);
        auto *pages = qobject_cast<PdfPageListModel *>(m_viewer->pageList()->model());
        QVERIFY(pages->thumbnailsRendered() > 0);
        QVERIFY2(pages->thumbnailsRendered() < 40, QByteArray::number(pages->thumbnailsRendered()));
        m_viewer->setPage(499);
        QCOMPARE(m_viewer->currentPage(), 499);
        QTest::qWait(50);
        QVERIFY(pages->thumbnailsRendered() < 80);
    }

    void fileListChecksAndMissingKinds()
    {
        const QString id = QStringLiteral("44010619900307123X");
        RegistrationEvidence e;
        e.registrationId = 7;
        e.idNumber = id;
        e.files = {m_source->add(makePdf(1), QStringLiteral("register.pdf")),
                   m_source->add(jpeg(413, 579, false), QStringLiteral("张三.jpg"), QStringLiteral("photo"))};
        e.missingKinds = {QStringLiteral("licence")};
        QSignalSpy shown(m_viewer, &EvidenceViewer::fileShown);
        m_viewer->showRegistration(e);
        QVERIFY(shown.wait(5000));
        EvidenceFileModel *model = m_viewer->fileModel();
        QCOMPARE(model->rowCount(), 3);
        QTRY_COMPARE(model->row(1).state, EvidenceFileModel::RowState::Ready); // checked without being opened
        const QStringList codes = model->data(model->index(1, 0), EvidenceFileModel::FindingCodesRole).toStringList();
        QVERIFY(codes.contains(QString(PhotoRule::FileName)));
        QVERIFY(codes.contains(QString(PhotoRule::FileSize)));
        QVERIFY(!codes.contains(QString(PhotoRule::Background)));
        QVERIFY(model->data(model->index(1, EvidenceFileModel::FlagsColumn), Qt::DisplayRole).toString().contains(EvidenceFileModel::tr("Photo name")));
        QCOMPARE(model->row(2).state, EvidenceFileModel::RowState::Missing);
        m_viewer->showFile(1);
        QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Image);
        QVERIFY(m_viewer->bannerText().contains(id));
        m_viewer->showFile(2);
        QVERIFY(m_viewer->messageText().contains(QStringLiteral("not uploaded")));
        // Clicking in the file list switches files.
        auto *table = m_viewer->findChild<QTableView *>(QStringLiteral("evidenceFiles"));
        table->setCurrentIndex(model->index(0, 0));
        QCOMPARE(m_viewer->currentFile(), 0);
        QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Pdf);
    }

    void prefetchedFilesNeedNoSecondFetch()
    {
        const EvidenceRef next = m_source->add(makePdf(2), QStringLiteral("next.pdf"));
        QSignalSpy ready(m_viewer, &EvidenceViewer::prefetched);
        m_viewer->prefetch({next});
        QVERIFY(ready.wait(5000)); // bytes in memory and the first page rendered ahead
        QCOMPARE(ready.first().first().toString(), next.sha256);
        QVERIFY(m_viewer->prefetcher()->holdsInMemory(next.sha256));
        QCOMPARE(m_source->fetches, 1);
        QVERIFY(show({next}));
        QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Pdf);
        QCOMPARE(m_source->fetches, 1);
    }

    void emptyRegistrationAndClear()
    {
        QVERIFY(show({}) || true);
        QVERIFY(m_viewer->messageText().contains(QStringLiteral("no evidence")));
        QVERIFY(show({m_source->add(makePdf(1), QStringLiteral("a.pdf"))}));
        m_viewer->clear();
        QCOMPARE(m_viewer->mode(), EvidenceViewer::Mode::Empty);
        QCOMPARE(m_viewer->fileModel()->rowCount(), 0);
    }

    void switchingRowsQuicklyShowsTheLastOne()
    {
        QList<EvidenceRef> rows;
        for (int i = 0; i < 10; ++i)
            rows.append(m_source->add(makePdf(1 + i), QStringLiteral("row%1.pdf").arg(i)));
        for (int i = 0; i < 9; ++i)
            m_viewer->showRegistration(i, {rows[i]});
        QVERIFY(show({rows[9]}));
        QCOMPARE(m_viewer->pageCount(), 10);
        QTest::qWait(50);
        QCOMPARE(m_viewer->pageCount(), 10);
    }
};

QTEST_MAIN(TestEvidenceViewer)
#include "tst_evidence_viewer.moc"
