#pragma once

#include <QString>

namespace gme {

// The evidence server's token or password for this run of the program, in memory only: no secure
// store (a system keyring) is used by this version, so the secret is never written to disk and is
// asked for again after a restart.
QString evidenceServerSecret();
void setEvidenceServerSecret(const QString &secret);
// True: a secure store keeps the secret between runs. False in this version (the UI says so).
bool secureSecretStoreAvailable();

} // namespace gme
