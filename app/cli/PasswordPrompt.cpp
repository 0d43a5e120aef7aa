#include "PasswordPrompt.h"

#include <QTextStream>

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace gme::cli {
namespace {

QString readLine(std::FILE *in)
{
    std::string line;
    for (int c = std::fgetc(in); c != EOF && c != '\n'; c = std::fgetc(in))
        line.push_back(char(c));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

QString promptPassword(const QString &prompt, QTextStream &err)
{
#ifdef Q_OS_UNIX
    std::FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    const int fd = fileno(tty);
    termios saved{};
    const bool canHide = tcgetattr(fd, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    err << prompt << Qt::flush;
    const QString password = readLine(tty);
    if (canHide)
        tcsetattr(fd, TCSAFLUSH, &saved);
    err << "\n" << Qt::flush;
    std::fclose(tty);
    return password;
#else
    Q_UNUSED(prompt);
    Q_UNUSED(err);
    return {};
#endif
}

QString readPasswordLine() { return readLine(stdin); }

} // namespace gme::cli
