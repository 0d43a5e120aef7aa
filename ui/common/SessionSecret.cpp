#include "SessionSecret.h"

namespace gme {
namespace {
QString &secret()
{
    static QString value;
    return value;
}
} // namespace

QString evidenceServerSecret()
{
    return secret();
}

void setEvidenceServerSecret(const QString &value)
{
    secret() = value;
}

bool secureSecretStoreAvailable()
{
    return false;
}

} // namespace gme
