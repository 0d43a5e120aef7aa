// Uploading evidence on a trainee's behalf (EvidenceUploader): only the owning base uploads; files
// are checked, never trusted; accepted files are kept by the evidence source — in the embedded
// database (blob and row in one transaction, one blob per content) or on a real nginx evidence
// server (PUT, then the row).

#include "NginxServer.h"
#include "SampleFiles.h"
#include "TestSupport.h"

#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/EvidenceUploader.h"
#include "evidence/HttpEvidenceSource.h"
#include "evidence/PhotoRules.h"
#include "evidence/UploadCheck.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gme;
using namespace gme::test;

namespace {

const QByteArray Token = "upload-t0ken";

EvidenceUpload::Status waitEnded(EvidenceUpload *upload, int ms = 20000)
{
    if (upload->isRunning()) {
        QSignalSpy ended(upload, &EvidenceUpload::ended);
        ended.wait(ms);
    }
    return upload->status();
}

} // namespace

class TestEvidenceUpload : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void storesInTheDatabaseWithItsHash()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        const QByteArray pdf = samplePdf(3);
        DatabaseEvidenceSource source(t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        EvidenceUpload *upload = uploader.upload(reg, QStringLiteral("process_register"), writeFile(QStringLiteral("登记表.pdf"), pdf));
        QSignalSpy steps(upload, &EvidenceUpload::progress);
        QCOMPARE(waitEnded(upload), EvidenceUpload::Status::Stored);
        QVERIFY(!steps.isEmpty());

        const EvidenceRef stored = upload->stored();
        QVERIFY(stored.id > 0);
        QCOMPARE(stored.sha256, sha256Hex(pdf));
        QCOMPARE(stored.fileName, QStringLiteral("登记表.pdf"));
        QCOMPARE(stored.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(stored.sizeBytes, qint64(pdf.size()));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT sha256 FROM evidence WHERE id = ? AND registration_id = ? AND kind = ?"),
                        {stored.id, reg, QStringLiteral("process_register")}).toString(), sha256Hex(pdf));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT content FROM evidence_blobs WHERE sha256 = ?"), {stored.sha256}).toByteArray(), pdf);

        // Read back through the same source: the hash is verified on the way out.
        QPointer<EvidenceRequest> fetch = source.fetch(stored);
        QSignalSpy finished(fetch.data(), &EvidenceRequest::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toByteArray(), pdf);
    }

    void duplicatesShareOneBlob()
    {
        TestDb t;
        const qint64 first = t.addRegistration(t.p().baseA1, State::Submitted);
        const qint64 second = t.addRegistration(t.p().baseA1, State::Submitted);
        DatabaseEvidenceSource source(t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        const QString path = writeFile(QStringLiteral("diploma.pdf"), samplePdf(1));
        QCOMPARE(waitEnded(uploader.upload(first, QStringLiteral("diploma"), path)), EvidenceUpload::Status::Stored);
        QCOMPARE(waitEnded(uploader.upload(second, QStringLiteral("diploma"), path)), EvidenceUpload::Status::Stored);
        QCOMPARE(waitEnded(uploader.upload(first, QStringLiteral("licence"), path)), EvidenceUpload::Status::Stored);
        QCOMPARE(t.count(QStringLiteral("evidence")), 3);
        QCOMPARE(t.count(QStringLiteral("evidence_blobs")), 1);
    }

    void goodPhotoNamedByIdNumberIsStored()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        DatabaseEvidenceSource source(t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        const QString path = writeFile(t.idNumberOf(reg) + QStringLiteral(".jpg"), goodCertificatePhoto());
        EvidenceUpload *upload = uploader.upload(reg, QStringLiteral("photo"), path);
        QCOMPARE(waitEnded(upload), EvidenceUpload::Status::Stored);
        QCOMPARE(upload->stored().mimeType, QStringLiteral("image/jpeg"));
    }

    void badFilesAreRefusedWithReasons_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("why"); // a word of the expected reason

        const QByteArray pdf = samplePdf(2);
        const QByteArray photo = goodCertificatePhoto();
        QTest::newRow("empty") << QByteArray() << "empty.pdf" << "process_register" << "0 bytes";
        QTest::newRow("web page named .pdf") << QByteArray("<html><body>login</body></html>") << "scan.pdf"
                                             << "process_register" << "not one";
        QTest::newRow("word document") << QByteArray("PK\x03\x04 docx body", 14) << "proof.docx" << "reduction_proof"
                                       << "Office";
        QTest::newRow("truncated pdf") << pdf.left(pdf.size() / 2) << "cut.pdf" << "diploma" << "truncated";
        QTest::newRow("password pdf") << passwordPdf() << "locked.pdf" << "licence" << "password";
        QTest::newRow("pdf that does not open") << QByteArray("%PDF-1.4\nthis is no pdf at all\n%%EOF\n") << "fake.pdf"
                                                << "diploma" << "cannot be opened";
        QTest::newRow("too many pages") << samplePdf(UploadLimit::MaxPdfPages + 1) << "book.pdf" << "process_register"
                                        << "pages";
        QTest::newRow("photo as png") << encodeImage(samplePortrait(413, 579, Qt::white), "PNG") << "photo.png"
                                      << "photo" << "JPG";
        QTest::newRow("photo too small") << encodeImage(samplePortrait(70, 98, Qt::white), "JPG", 50) << "44.jpg"
                                         << "photo" << "150–300 KB";
        QTest::newRow("photo not named by id") << photo << "me.jpg" << "photo" << "ID number";
        QTest::newRow("photo blue background")
            << jpegSized(samplePortrait(413, 579, QColor(60, 120, 220)), PhotoRule::MinBytes + 20'000, PhotoRule::MaxBytes - 20'000)
            << "{id}.jpg" << "photo" << "white";
        QTest::newRow("unknown kind") << pdf << "x.pdf" << "selfie" << "kind";
    }

    void badFilesAreRefusedWithReasons()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(QString, why);
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        name.replace(QStringLiteral("{id}"), t.idNumberOf(reg));
        DatabaseEvidenceSource source(t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        EvidenceUpload *upload = uploader.upload(reg, kind, writeFile(name, bytes));
        QCOMPARE(waitEnded(upload), EvidenceUpload::Status::Refused);
        QVERIFY2(upload->message().contains(name), qPrintable(upload->message()));
        QVERIFY(!upload->problems().isEmpty());
        QVERIFY2(upload->problems().join(QLatin1Char(' ')).contains(why, Qt::CaseInsensitive), qPrintable(upload->message()));
        QCOMPARE(t.count(QStringLiteral("evidence")), 0);
        QCOMPARE(t.count(QStringLiteral("evidence_blobs")), 0);
    }

    void oversizedFileIsRefusedBeforeReading()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        const QString path = m_files.filePath(QStringLiteral("huge.pdf"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("%PDF-1.4\n");
            QVERIFY(f.resize(UploadLimit::MaxBytes + 1)); // sparse: costs no disk
        }
        DatabaseEvidenceSource source(t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        EvidenceUpload *upload = uploader.upload(reg, QStringLiteral("diploma"), path);
        QCOMPARE(waitEnded(upload), EvidenceUpload::Status::Refused);
        QVERIFY(upload->message().contains(QStringLiteral("huge.pdf")));
        QCOMPARE(t.count(QStringLiteral("evidence")), 0);
    }

    void onlyTheOwningBaseUploads()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        const QString path = writeFile(QStringLiteral("scan.pdf"), samplePdf(1));
        DatabaseEvidenceSource source(t.database());
        for (const User &user : {t.p().baseA2User, t.p().baseB1User, t.p().cityAUser, t.p().provincialUser}) {
            EvidenceUploader uploader(t.database(), source, user);
            EvidenceUpload *upload = uploader.upload(reg, QStringLiteral("process_register"), path);
            QCOMPARE(waitEnded(upload), EvidenceUpload::Status::Refused);
            QVERIFY(!upload->message().isEmpty());
        }
        QCOMPARE(t.count(QStringLiteral("evidence")), 0);
        QCOMPARE(t.count(QStringLiteral("evidence_blobs")), 0);
    }

    void missingFileOrRegistrationFails()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        DatabaseEvidenceSource source(t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        EvidenceUpload *noFile = uploader.upload(reg, QStringLiteral("diploma"), m_files.filePath(QStringLiteral("gone.pdf")));
        QCOMPARE(waitEnded(noFile), EvidenceUpload::Status::Failed);
        QVERIFY(noFile->message().contains(QStringLiteral("gone.pdf")));
        const QString path = writeFile(QStringLiteral("scan.pdf"), samplePdf(1));
        QCOMPARE(waitEnded(uploader.upload(reg + 1000, QStringLiteral("diploma"), path)), EvidenceUpload::Status::Failed);
    }

    void cancelStoresNothing()
    {
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        DatabaseEvidenceSource source(t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        EvidenceUpload *upload = uploader.upload(reg, QStringLiteral("diploma"), writeFile(QStringLiteral("d.pdf"), samplePdf(40)));
        QSignalSpy ended(upload, &EvidenceUpload::ended);
        upload->cancel();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(upload->status(), EvidenceUpload::Status::Cancelled);
        QTest::qWait(500);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(t.count(QStringLiteral("evidence")), 0);
    }

    void uploadsToTheEvidenceServerThenRecords()
    {
        NginxServer nginx(Token);
        const QString problem = nginx.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        QList<QByteArray> pdfs = debianPdfs(1);
        const QByteArray pdf = pdfs.isEmpty() ? samplePdf(5) : pdfs.first();

        QTemporaryDir cache;
        HttpEvidenceSettings settings;
        settings.baseUrl = nginx.baseUrl();
        settings.bearerToken = QString::fromLatin1(Token);
        settings.cacheDir = cache.path();
        settings.firstBackoffMs = 20;
        HttpEvidenceSource source(settings);
        source.setRecords(&t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        EvidenceUpload *upload = uploader.upload(reg, QStringLiteral("reduction_proof"), writeFile(QStringLiteral("proof.pdf"), pdf));
        QSignalSpy steps(upload, &EvidenceUpload::progress);
        QCOMPARE(waitEnded(upload), EvidenceUpload::Status::Stored);

        const QString sha = sha256Hex(pdf);
        QCOMPARE(nginx.stored(sha), pdf);
        QVERIFY(nginx.accessLog().contains(QStringLiteral("PUT /evidence/%1 201 \"Bearer %2\"").arg(sha, QString::fromLatin1(Token))));
        QCOMPARE(scalar(t.db(), QStringLiteral("SELECT sha256 FROM evidence WHERE id = ?"), {upload->stored().id}).toString(), sha);
        QCOMPARE(t.count(QStringLiteral("evidence_blobs")), 0); // the bytes live on the server
        bool sawStoring = false;
        for (const QList<QVariant> &s : std::as_const(steps))
            sawStoring = sawStoring || s.first().value<EvidenceUpload::Step>() == EvidenceUpload::Step::Storing;
        QVERIFY(sawStoring);

        // Read back from the server with a cold cache: the hash matches.
        QTemporaryDir cold;
        settings.cacheDir = cold.path();
        HttpEvidenceSource reader(settings);
        QPointer<EvidenceRequest> fetch = reader.fetch(upload->stored());
        QSignalSpy finished(fetch.data(), &EvidenceRequest::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toByteArray(), pdf);
    }

    void serverRefusingTheUploadRecordsNothing()
    {
        NginxServer nginx(Token);
        const QString problem = nginx.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        TestDb t;
        const qint64 reg = t.addRegistration(t.p().baseA1, State::Submitted);
        HttpEvidenceSettings settings;
        settings.baseUrl = nginx.baseUrl();
        settings.bearerToken = QStringLiteral("wrong");
        HttpEvidenceSource source(settings);
        source.setRecords(&t.database());
        EvidenceUploader uploader(t.database(), source, t.p().baseA1User);
        EvidenceUpload *upload = uploader.upload(reg, QStringLiteral("diploma"), writeFile(QStringLiteral("d.pdf"), samplePdf(1)));
        QCOMPARE(waitEnded(upload), EvidenceUpload::Status::Failed);
        QVERIFY2(upload->message().contains(QStringLiteral("401")), qPrintable(upload->message()));
        QVERIFY(upload->message().contains(QStringLiteral("d.pdf")));
        QCOMPARE(t.count(QStringLiteral("evidence")), 0);
    }
};

QTEST_MAIN(TestEvidenceUpload)
#include "tst_evidence_upload.moc"
