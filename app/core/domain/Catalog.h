#pragma once

#include <QString>
#include <QStringList>

namespace gme {

// Person types (人员类型) as the national notices name them.
const QStringList &knownPersonTypes();

// National ID document type codes (证件类型): "01" → "居民身份证", ...
QString idTypeName(const QString &code);
// Accepts a code ("01", "1") or a name ("居民身份证", "护照"); empty when unknown.
QString idTypeCodeFrom(const QString &codeOrName);

} // namespace gme
