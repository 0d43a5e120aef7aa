// Evidence checks that need no database: content sniffing, bad files, certificate photo rules,
// required evidence per track and situation.

#include "SampleFiles.h"
#include "evidence/ContentSniffer.h"
#include "evidence/EvidenceRef.h"
#include "evidence/PhotoRules.h"
#include "evidence/RequiredEvidence.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

// Rewrites the frame header (SOF0/SOF2) of a JPEG to claim another size: an image bomb's header.
QByteArray withClaimedSize(QByteArray jpeg, quint16 width, quint16 height)
{
    for (qsizetype i = 2; i + 9 < jpeg.size(); ++i) {
        if (uchar(jpeg[i]) == 0xFF && (uchar(jpeg[i + 1]) == 0xC0 || uchar(jpeg[i + 1]) == 0xC2)) {
            jpeg[i + 5] = char(height >> 8);
            jpeg[i + 6] = char(height & 0xFF);
            jpeg[i + 7] = char(width >> 8);
            jpeg[i + 8] = char(width & 0xFF);
            return jpeg;
        }
    }
    return {};
}

const QString IdNumber = QStringLiteral("44010619900307123X");

} // namespace

class TestEvidenceChecks : public QObject
{
    Q_OBJECT

private slots:
    void sniffsByContent()
    {
        const QByteArray pdf = samplePdf();
        QCOMPARE(sniffContentType(pdf), ContentType::Pdf);
        QCOMPARE(sniffContentType("junk before the header\n" + pdf), ContentType::Pdf);
        QCOMPARE(sniffContentType(encodeImage(samplePortrait(70, 98, Qt::white), "JPG")), ContentType::Jpeg);
        QCOMPARE(sniffContentType(encodeImage(samplePortrait(70, 98, Qt::white), "PNG")), ContentType::Png);
        QCOMPARE(sniffContentType(QByteArray("<html><body>Error 500</body></html>")), ContentType::Unknown);
        QCOMPARE(sniffContentType(QByteArray(2000, 'x') + pdf), ContentType::Unknown); // header too far in
        QCOMPARE(sniffContentType({}), ContentType::Unknown);
    }

    void goodFilesHaveNoFindings()
    {
        ContentReport r = inspectContent(samplePdf(), QStringLiteral("a.pdf"), QStringLiteral("application/pdf"));
        QCOMPARE(r.type, ContentType::Pdf);
        QVERIFY(r.showable);
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).text));

        r = inspectContent(encodeImage(samplePortrait(413, 579, Qt::white), "JPG"), QStringLiteral("p.jpg"));
        QCOMPARE(r.type, ContentType::Jpeg);
        QCOMPARE(r.imageSize, QSize(413, 579));
        QVERIFY(r.showable);
        QVERIFY(r.findings.isEmpty());

        // Trailing padding after the end marker (some scanners add it) is not truncation.
        r = inspectContent(encodeImage(samplePortrait(60, 80, Qt::white), "JPG") + QByteArray(16, '\0'), QStringLiteral("p.jpg"));
        QVERIFY(r.findings.isEmpty());
        r = inspectContent(samplePdf() + "\r\n\r\n", QStringLiteral("a.pdf"));
        QVERIFY(r.findings.isEmpty());
    }

    void realPdfsFromDebian()
    {
        QDirIterator it(QStringLiteral("/usr/share/doc"), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        int seen = 0;
        while (it.hasNext() && seen < 3) {
            QFile f(it.next());
            if (f.size() == 0 || f.size() > 16 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
                continue;
            ++seen;
            const QByteArray pdf = f.readAll();
            const ContentReport whole = inspectContent(pdf, f.fileName());
            QCOMPARE(whole.type, ContentType::Pdf);
            QVERIFY2(whole.findings.isEmpty(), qPrintable(f.fileName() + QLatin1Char(' ') + whole.findings.value(0).text));
            QVERIFY(hasFinding(inspectContent(pdf.left(pdf.size() - 2048), f.fileName()).findings, ContentFinding::Truncated));
        }
        if (seen == 0)
            QSKIP("No PDF from a Debian package under /usr/share/doc on this machine");
    }

    void zeroByteFile()
    {
        const ContentReport r = inspectContent({}, QStringLiteral("scan.pdf"), QStringLiteral("application/pdf"));
        QVERIFY(!r.showable);
        QVERIFY(hasFinding(r.findings, ContentFinding::Empty));
        QCOMPARE(worstSeverity(r.findings), EvidenceFinding::Severity::Problem);
        QVERIFY(!r.findings.first().text.isEmpty());
    }

    void truncatedFiles()
    {
        const QByteArray pdf = samplePdf(3);
        ContentReport r = inspectContent(pdf.left(pdf.size() * 2 / 3), QStringLiteral("scan.pdf"));
        QCOMPARE(r.type, ContentType::Pdf);
        QVERIFY(hasFinding(r.findings, ContentFinding::Truncated));
        QVERIFY(r.showable); // shown as far as it goes, beneath the warning

        const QByteArray jpg = encodeImage(samplePortrait(200, 280, Qt::white), "JPG");
        r = inspectContent(jpg.left(jpg.size() / 2), QStringLiteral("p.jpg"));
        QCOMPARE(r.type, ContentType::Jpeg);
        QVERIFY(hasFinding(r.findings, ContentFinding::Truncated));

        const QByteArray png = encodeImage(samplePortrait(200, 280, Qt::white), "PNG");
        r = inspectContent(png.left(png.size() - 30), QStringLiteral("p.png"));
        QVERIFY(hasFinding(r.findings, ContentFinding::Truncated));
        QVERIFY(inspectContent(png, QStringLiteral("p.png")).findings.isEmpty());
    }

    void fakePdfs()
    {
        ContentReport r = inspectContent("<!DOCTYPE html><html><body>Session expired</body></html>",
                                         QStringLiteral("过程考核登记表.pdf"), QStringLiteral("application/pdf"));
        QVERIFY(!r.showable);
        QVERIFY(hasFinding(r.findings, ContentFinding::NotPdf));
        QVERIFY(r.findings.first().text.contains(QStringLiteral("web page")));

        r = inspectContent(QByteArray("PK\x03\x04", 4) + QByteArray(300, 'z'), QStringLiteral("证书.pdf"));
        QVERIFY(!r.showable);
        QVERIFY(hasFinding(r.findings, ContentFinding::NotPdf));

        // Claimed by type only, named neutrally.
        r = inspectContent(QByteArray(500, 'a'), QStringLiteral("upload.bin"), QStringLiteral("application/pdf"));
        QVERIFY(hasFinding(r.findings, ContentFinding::NotPdf));

        // A photo saved under .pdf: showable as the image it is, with a warning.
        r = inspectContent(encodeImage(samplePortrait(100, 140, Qt::white), "JPG"), QStringLiteral("licence.pdf"));
        QCOMPARE(r.type, ContentType::Jpeg);
        QVERIFY(r.showable);
        QVERIFY(hasFinding(r.findings, ContentFinding::NotPdf));
        QCOMPARE(worstSeverity(r.findings), EvidenceFinding::Severity::Warning);

        // Unknown content under a neutral name.
        r = inspectContent(QByteArray(100, 'q'), QStringLiteral("notes.txt"));
        QVERIFY(hasFinding(r.findings, ContentFinding::UnknownType));
        QVERIFY(!r.showable);
    }

    void typeMismatchIsANote()
    {
        const ContentReport r = inspectContent(encodeImage(samplePortrait(100, 140, Qt::white), "PNG"), QStringLiteral("photo.jpg"));
        QCOMPARE(r.type, ContentType::Png);
        QVERIFY(r.showable);
        QVERIFY(hasFinding(r.findings, ContentFinding::TypeMismatch));
        QCOMPARE(worstSeverity(r.findings), EvidenceFinding::Severity::Note);
    }

    void encryptedPdf()
    {
        QByteArray pdf = samplePdf();
        const qsizetype trailer = pdf.lastIndexOf("trailer");
        QVERIFY(trailer > 0);
        pdf.insert(trailer + 7, " << /Encrypt 9 0 R >>");
        const ContentReport r = inspectContent(pdf, QStringLiteral("a.pdf"));
        QVERIFY(hasFinding(r.findings, ContentFinding::Encrypted));
    }

    void imageBombIsRefusedBeforeDecoding()
    {
        const QByteArray small = encodeImage(samplePortrait(64, 90, Qt::white), "JPG");
        const QByteArray bomb = withClaimedSize(small, 60000, 60000);
        QVERIFY(!bomb.isEmpty());
        QCOMPARE(imageHeaderSize(bomb), QSize(60000, 60000));
        const ContentReport r = inspectContent(bomb, QStringLiteral("photo.jpg"));
        QVERIFY(!r.showable);
        QVERIFY(hasFinding(r.findings, ContentFinding::ImageTooLarge));
        QVERIFY(r.findings.last().text.contains(QStringLiteral("3600")));

        QElapsedTimer t;
        t.start();
        const EvidenceFindings photo = checkCertificatePhoto(bomb, IdNumber + QStringLiteral(".jpg"), IdNumber);
        QVERIFY(hasFinding(photo, ContentFinding::ImageTooLarge));
        QVERIFY(!hasFinding(photo, PhotoRule::Background)); // never decoded
        QVERIFY(t.elapsed() < 1000);

        // Just under the limit is allowed (header only here; nothing is decoded by inspectContent).
        QVERIFY(!hasFinding(inspectContent(withClaimedSize(small, 5000, 7000), QStringLiteral("p.jpg")).findings,
                            ContentFinding::ImageTooLarge));
    }

    void goodPhotoPasses()
    {
        const QByteArray jpg = jpegSized(samplePortrait(413, 579, Qt::white), PhotoRule::MinBytes + 20'000, PhotoRule::MaxBytes - 20'000);
        QVERIFY2(jpg.size() >= PhotoRule::MinBytes && jpg.size() <= PhotoRule::MaxBytes, QByteArray::number(jpg.size()));
        const EvidenceFindings f = checkCertificatePhoto(jpg, IdNumber + QStringLiteral(".jpg"), IdNumber);
        QVERIFY2(f.isEmpty(), qPrintable(f.value(0).text));
        // Lower-case x in the name is the same ID.
        QVERIFY(checkCertificatePhoto(jpg, IdNumber.toLower() + QStringLiteral(".JPG"), IdNumber).isEmpty());
    }

    void photoRuleBreaches()
    {
        const QImage good = samplePortrait(413, 579, Qt::white);
        const QByteArray goodJpg = jpegSized(good, PhotoRule::MinBytes + 20'000, PhotoRule::MaxBytes - 20'000);
        const QString name = IdNumber + QStringLiteral(".jpg");

        EvidenceFindings f = checkCertificatePhoto(goodJpg, QStringLiteral("张三.jpg"), IdNumber);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().code, QString(PhotoRule::FileName));

        const QByteArray tiny = encodeImage(good, "JPG", 10);
        QVERIFY(tiny.size() < PhotoRule::MinBytes);
        f = checkCertificatePhoto(tiny, name, IdNumber);
        QVERIFY(hasFinding(f, PhotoRule::FileSize));
        QVERIFY(!hasFinding(f, PhotoRule::Background));

        const QByteArray huge = encodeImage(samplePortrait(1240, 1736, Qt::white, 40), "JPG", 98);
        QVERIFY(huge.size() > PhotoRule::MaxBytes);
        f = checkCertificatePhoto(huge, name, IdNumber);
        QVERIFY(hasFinding(f, PhotoRule::FileSize));
        QVERIFY(!hasFinding(f, PhotoRule::Proportions)); // same proportions, larger

        const QByteArray square = jpegSized(samplePortrait(600, 600, Qt::white), PhotoRule::MinBytes + 20'000, PhotoRule::MaxBytes - 20'000);
        f = checkCertificatePhoto(square, name, IdNumber);
        QVERIFY(hasFinding(f, PhotoRule::Proportions));

        const QByteArray landscape = jpegSized(samplePortrait(579, 413, Qt::white), PhotoRule::MinBytes + 20'000, PhotoRule::MaxBytes - 20'000);
        QVERIFY(hasFinding(checkCertificatePhoto(landscape, name, IdNumber), PhotoRule::Proportions));

        const QByteArray blue = jpegSized(samplePortrait(413, 579, QColor(60, 120, 220)), PhotoRule::MinBytes + 20'000, PhotoRule::MaxBytes - 20'000);
        f = checkCertificatePhoto(blue, name, IdNumber);
        QVERIFY(hasFinding(f, PhotoRule::Background));
        QCOMPARE(f.size(), 1);

        const QByteArray grey = jpegSized(samplePortrait(413, 579, QColor(150, 150, 150)), PhotoRule::MinBytes + 20'000, PhotoRule::MaxBytes - 20'000);
        QVERIFY(hasFinding(checkCertificatePhoto(grey, name, IdNumber), PhotoRule::Background));

        const QByteArray png = encodeImage(good, "PNG");
        f = checkCertificatePhoto(png, IdNumber + QStringLiteral(".png"), IdNumber);
        QVERIFY(hasFinding(f, PhotoRule::NotJpeg));
        // A PNG renamed .jpg is still not a JPG.
        QVERIFY(hasFinding(checkCertificatePhoto(png, name, IdNumber), PhotoRule::NotJpeg));

        f = checkCertificatePhoto({}, name, IdNumber);
        QVERIFY(hasFinding(f, ContentFinding::Empty));
    }

    void photoMetadataRules()
    {
        QVERIFY(checkPhotoMetadata(IdNumber + QStringLiteral(".jpg"), 200 * 1024, IdNumber).isEmpty());
        QVERIFY(checkPhotoMetadata(IdNumber + QStringLiteral(".jpeg"), 150 * 1024, IdNumber).isEmpty());
        QVERIFY(checkPhotoMetadata(QStringLiteral("photo.jpg"), 200 * 1024, {}).isEmpty()); // no ID known
        EvidenceFindings f = checkPhotoMetadata(QStringLiteral("me.png"), 40 * 1024, IdNumber);
        QCOMPARE(f.size(), 3);
        QVERIFY(hasFinding(f, PhotoRule::NotJpeg) && hasFinding(f, PhotoRule::FileSize) && hasFinding(f, PhotoRule::FileName));
        QVERIFY(f[1].text.contains(QStringLiteral("40 KB")));
        QVERIFY(hasFinding(checkPhotoMetadata(IdNumber + QStringLiteral(".jpg"), 300 * 1024 + 1, IdNumber), PhotoRule::FileSize));
    }

    void backgroundShare()
    {
        QCOMPARE(backgroundWhiteShare(QImage()), 0.0);
        QImage white(70, 98, QImage::Format_RGB32);
        white.fill(Qt::white);
        QCOMPARE(backgroundWhiteShare(white), 1.0);
        QImage cream(70, 98, QImage::Format_RGB32);
        cream.fill(QColor(245, 240, 228)); // off-white paper still counts
        QCOMPARE(backgroundWhiteShare(cream), 1.0);
        QImage red(70, 98, QImage::Format_RGB32);
        red.fill(QColor(200, 30, 30));
        QCOMPARE(backgroundWhiteShare(red), 0.0);
    }

    void requiredEvidence_data()
    {
        QTest::addColumn<QString>("track");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<bool>("reduced");
        QTest::addColumn<QStringList>("required");
        const QStringList base{QStringLiteral("process_register"), QStringLiteral("photo")};
        const QStringList resident = base + QStringList{QStringLiteral("licence")};
        QTest::newRow("resident 3 years") << "resident" << QDate(2020, 9, 1) << QDate(2023, 8, 31) << false << resident;
        QTest::newRow("resident 2 years") << "resident" << QDate(2021, 9, 1) << QDate(2023, 8, 31) << true
                                          << resident + QStringList{QStringLiteral("reduction_proof")};
        QTest::newRow("resident 1 year") << "resident" << QDate(2022, 9, 1) << QDate(2023, 8, 31) << true
                                         << resident + QStringList{QStringLiteral("reduction_proof")};
        QTest::newRow("resident dates unknown") << "resident" << QDate() << QDate() << false << resident;
        QTest::newRow("resident extended") << "resident" << QDate(2019, 9, 1) << QDate(2023, 8, 31) << false << resident;
        QTest::newRow("gp 2 years") << "assistant_gp" << QDate(2021, 9, 1) << QDate(2023, 8, 31) << false << base;
        QTest::newRow("gp 1 year") << "assistant_gp" << QDate(2022, 9, 1) << QDate(2023, 8, 31) << true
                                   << base + QStringList{QStringLiteral("reduction_proof")};
    }

    void requiredEvidence()
    {
        QFETCH(QString, track);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(bool, reduced);
        QFETCH(QStringList, required);
        const EvidenceSituation s{*trackFromCode(track), start, end};
        QCOMPARE(trainingYearsReduced(s), reduced);
        QCOMPARE(requiredEvidenceKinds(s), required);
        QCOMPARE(missingEvidenceKinds(s, required), QStringList());
        QCOMPARE(missingEvidenceKinds(s, {}), required);
        QStringList allButFirst = required.mid(1);
        allButFirst << QStringLiteral("diploma");
        QCOMPARE(missingEvidenceKinds(s, allButFirst), QStringList{required.first()});
    }

    void kindNamesAndHashes()
    {
        QCOMPARE(evidenceKindTitle(QStringLiteral("something_else")), QStringLiteral("something_else"));
        QVERIFY(evidenceKindTitle(QString(EvidenceKind::ProcessRegister)) != QStringLiteral("process_register"));
        QCOMPARE(sha256Hex("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(isSha256Hex(sha256Hex("abc")));
        QVERIFY(!isSha256Hex(QStringLiteral("../etc/passwd")));
        QVERIFY(!isSha256Hex(sha256Hex("abc").left(63) + QLatin1Char('g')));
    }
};

QTEST_MAIN(TestEvidenceChecks)
#include "tst_evidence_checks.moc"
