#pragma once

#include "evidence/EvidenceStorageConfig.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace gme {

class Database;
class EvidenceSource;

// Asks the user for the evidence server's token or password; nullopt when they decline.
using SecretPrompt = std::function<std::optional<QString>(QWidget *parent, const EvidenceStorageConfig &config)>;

// The evidence source the configuration in QSettings asks for: the database (embedded default) or
// the evidence server, with its rows recorded in `database`. In server mode the session's secret is
// used, asked for once (through `ask`, a password dialog by default) when the session has none.
std::unique_ptr<EvidenceSource> makeEvidenceSource(Database &database, QWidget *parent, SecretPrompt ask = {});

// The source for a given configuration and secret (no questions asked).
std::unique_ptr<EvidenceSource> makeEvidenceSource(Database &database, const EvidenceStorageConfig &config,
                                                   const QString &secret);

} // namespace gme
