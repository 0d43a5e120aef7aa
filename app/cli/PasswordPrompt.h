#pragma once

#include <QString>

class QTextStream;

namespace gme::cli {

// Reads a password from the terminal without echoing it; `prompt` goes to `err`. Returns a null
// string when there is no terminal to ask (scripts must then use PGPASSWORD or --password-stdin).
QString promptPassword(const QString &prompt, QTextStream &err);

// One line from standard input, without its line ending (for --password-stdin).
QString readPasswordLine();

} // namespace gme::cli
