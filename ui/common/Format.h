#pragma once

#include <QDateTime>
#include <QString>

namespace gme {

// How dates, times and small values look everywhere in the GUI.
QString formatDate(const QDate &d);
QString formatDateTime(const QDateTime &t);
QString genderName(const QString &code); // "M" / "F"
QString fileSizeText(qint64 bytes);
QString yesNo(bool value);

} // namespace gme
