#include "EvidenceSourceFactory.h"

#include "SessionSecret.h"
#include "evidence/DatabaseEvidenceSource.h"
#include "evidence/HttpEvidenceSource.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::EvidenceStorage)
};

std::optional<QString> askWithDialog(QWidget *parent, const EvidenceStorageConfig &config)
{
    const QString server = config.serverUrl.toDisplayString();
    const QString label = config.auth == EvidenceStorageConfig::Auth::Bearer
                              ? Text::tr("Access token for the evidence server %1:").arg(server)
                              : Text::tr("Password of %1 on the evidence server %2:").arg(config.userName, server);
    bool ok = false;
    const QString secret = QInputDialog::getText(parent, Text::tr("Evidence server"),
                                                 label + QLatin1Char('\n')
                                                     + Text::tr("It is kept only until gmedesk closes."),
                                                 QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return secret;
}
} // namespace

std::unique_ptr<EvidenceSource> makeEvidenceSource(Database &database, const EvidenceStorageConfig &config,
                                                   const QString &secret)
{
    if (config.mode == EvidenceStorageConfig::Mode::Database || !config.problem().isEmpty())
        return std::make_unique<DatabaseEvidenceSource>(database);
    auto source = std::make_unique<HttpEvidenceSource>(config.httpSettings(secret));
    source->setRecords(&database);
    return source;
}

std::unique_ptr<EvidenceSource> makeEvidenceSource(Database &database, QWidget *parent, SecretPrompt ask)
{
    const EvidenceStorageConfig config = EvidenceStorageConfig::load(QSettings());
    if (config.mode == EvidenceStorageConfig::Mode::Server && config.problem().isEmpty()
        && evidenceServerSecret().isEmpty()) {
        const std::optional<QString> secret = ask ? ask(parent, config) : askWithDialog(parent, config);
        // Declined: the server will refuse access, and the viewer says so for each file.
        if (secret)
            setEvidenceServerSecret(*secret);
    }
    return makeEvidenceSource(database, config, evidenceServerSecret());
}

} // namespace gme
