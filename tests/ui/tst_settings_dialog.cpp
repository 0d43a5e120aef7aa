// Settings → Evidence files: the evidence server's address, sign-in kind, user and cache folder are
// kept in QSettings; the token or password only for the session, never on disk; the app builds its
// evidence source from them.
#include "UiTestSupport.h"

#include "common/EvidenceSourceFactory.h"
#include "common/SessionSecret.h"
#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/HttpEvidenceSource.h"
#include "settings/EvidenceStorageSection.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace gme;
using namespace gme::test;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    template <typename W>
    static W *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static void fill(SettingsDialog &dialog, const QString &url, int auth, const QString &user, const QString &secret,
                     const QString &cache)
    {
        child<QComboBox>(&dialog, "evidenceMode")->setCurrentIndex(1);
        child<QLineEdit>(&dialog, "evidenceServerUrl")->setText(url);
        child<QComboBox>(&dialog, "evidenceAuth")->setCurrentIndex(auth);
        child<QLineEdit>(&dialog, "evidenceUser")->setText(user);
        child<QLineEdit>(&dialog, "evidenceSecret")->setText(secret);
        child<QLineEdit>(&dialog, "evidenceCacheDir")->setText(cache);
    }

private slots:
    void initTestCase()
    {
        useTestSettings(QStringLiteral("tst_settings_dialog"));
    }

    void init()
    {
        QSettings().clear();
        setEvidenceServerSecret({});
    }

    void databaseIsTheDefault()
    {
        SettingsDialog dialog;
        QCOMPARE(child<QComboBox>(&dialog, "evidenceMode")->currentIndex(), 0);
        QVERIFY(!child<QLineEdit>(&dialog, "evidenceServerUrl")->isEnabled());
        // The user is told where the secret is kept.
        QVERIFY(child<QLabel>(&dialog, "evidenceSecretNote")->text().contains(QStringLiteral("never written to disk")));
        TestDb t;
        auto source = makeEvidenceSource(t.database(), nullptr, [](QWidget *, const EvidenceStorageConfig &) {
            qFatal("asked for a secret in database mode");
            return std::optional<QString>();
        });
        QVERIFY(dynamic_cast<DatabaseEvidenceSource *>(source.get()));
    }

    void serverSettingsAreSavedWithoutTheSecret()
    {
        SettingsDialog dialog;
        const QString cache = QDir::tempPath() + QStringLiteral("/gmedesk-evidence-cache-test");
        fill(dialog, QStringLiteral("https://evidence.example.cn/files"), 1, QStringLiteral("base-a1"),
             QStringLiteral("pa55-w0rd-XYZ"), cache);
        QVERIFY(child<QLineEdit>(&dialog, "evidenceUser")->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QSettings settings;
        settings.sync();
        QCOMPARE(settings.value(QStringLiteral("evidence/mode")).toString(), QStringLiteral("server"));
        QCOMPARE(settings.value(QStringLiteral("evidence/serverUrl")).toString(), QStringLiteral("https://evidence.example.cn/files"));
        QCOMPARE(settings.value(QStringLiteral("evidence/auth")).toString(), QStringLiteral("basic"));
        QCOMPARE(settings.value(QStringLiteral("evidence/user")).toString(), QStringLiteral("base-a1"));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("evidence.example.cn"));
        QVERIFY(!onDisk.contains("pa55-w0rd-XYZ"));
        QCOMPARE(evidenceServerSecret(), QStringLiteral("pa55-w0rd-XYZ"));

        // The app builds the server source from them, with the session's password; nothing is asked.
        TestDb t;
        int asked = 0;
        auto source = makeEvidenceSource(t.database(), nullptr, [&asked](QWidget *, const EvidenceStorageConfig &) {
            ++asked;
            return std::optional<QString>();
        });
        auto *http = dynamic_cast<HttpEvidenceSource *>(source.get());
        QVERIFY(http);
        QCOMPARE(asked, 0);
        QCOMPARE(http->settings().baseUrl, QUrl(QStringLiteral("https://evidence.example.cn/files")));
        QCOMPARE(http->settings().userName, QStringLiteral("base-a1"));
        QCOMPARE(http->settings().password, QStringLiteral("pa55-w0rd-XYZ"));
        QVERIFY(http->settings().bearerToken.isEmpty());
        QCOMPARE(http->settings().cacheDir, cache);

        // A reopened dialog never shows the secret again, only that it is set.
        SettingsDialog again;
        QVERIFY(child<QLineEdit>(&again, "evidenceSecret")->text().isEmpty());
        QCOMPARE(child<QLineEdit>(&again, "evidenceServerUrl")->text(), QStringLiteral("https://evidence.example.cn/files"));
    }

    void tokenIsAskedOnceWhenTheSessionHasNone()
    {
        SettingsDialog dialog;
        fill(dialog, QStringLiteral("http://127.0.0.1:9/evidence"), 0, {}, {}, {});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(evidenceServerSecret().isEmpty());

        TestDb t;
        int asked = 0;
        const SecretPrompt ask = [&asked](QWidget *, const EvidenceStorageConfig &config) {
            ++asked;
            [&] { QCOMPARE(config.auth, EvidenceStorageConfig::Auth::Bearer); }();
            return std::optional<QString>(QStringLiteral("tok-123"));
        };
        auto first = makeEvidenceSource(t.database(), nullptr, ask);
        auto second = makeEvidenceSource(t.database(), nullptr, ask);
        QCOMPARE(asked, 1);
        auto *http = dynamic_cast<HttpEvidenceSource *>(second.get());
        QVERIFY(http);
        QCOMPARE(http->settings().bearerToken, QStringLiteral("tok-123"));
        QCOMPARE(http->settings().cacheDir, EvidenceStorageConfig::defaultCacheDir());
    }

    void unusableAddressIsRefused()
    {
        SettingsDialog dialog;
        fill(dialog, QStringLiteral("ftp://files"), 0, {}, QStringLiteral("x"), {});
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(dialog.evidenceSection()->problemText().contains(QStringLiteral("http")));
        QVERIFY(!QSettings().contains(QStringLiteral("evidence/mode")));
        QVERIFY(evidenceServerSecret().isEmpty());

        // Basic authentication without a user name is refused too.
        fill(dialog, QStringLiteral("https://evidence.example.cn"), 1, {}, QStringLiteral("x"), {});
        dialog.accept();
        QVERIFY(dialog.evidenceSection()->problemText().contains(QStringLiteral("user name")));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
