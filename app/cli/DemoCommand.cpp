#include "CliRequest.h"
#include "CliSession.h"
#include "Clock.h"
#include "db/Database.h"
#include "demo/DemoProvince.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>
#include <QVariant>

#include <unistd.h>

namespace gme::cli {
namespace {

constexpr int kMaxTrainees = 10'000'000;

int parseTrainees(const std::optional<QString> &text)
{
    if (!text)
        return DemoOptions{}.trainees;
    bool ok = false;
    const int n = text->toInt(&ok);
    if (!ok || n < 0 || n > kMaxTrainees)
        throw UsageError{cliTr("--trainees needs a whole number from 0 to %1, got '%2'.").arg(kMaxTrainees).arg(*text)};
    return n;
}

quint32 parseSeed(const std::optional<QString> &text)
{
    if (!text)
        return DemoOptions{}.seed;
    bool ok = false;
    const quint32 s = text->toUInt(&ok);
    if (!ok)
        throw UsageError{cliTr("--seed needs a whole number from 0 to 4294967295, got '%1'.").arg(*text)};
    return s;
}

// Progress on stderr: one line rewritten in place on a terminal, a line per tenth otherwise.
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream &err) : m_err(err), m_tty(isatty(STDERR_FILENO)) {}
    bool operator()(int done, int total)
    {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (m_tty) {
            m_err << "\r" << cliTr("Creating the demo province: %1 / %2 trainees").arg(done).arg(total);
            if (done == total)
                m_err << "\n";
        } else if (tenth != m_lastTenth) {
            m_err << cliTr("Creating the demo province: %1 / %2 trainees").arg(done).arg(total) << "\n";
            m_lastTenth = tenth;
        }
        m_err.flush();
        return true;
    }

private:
    QTextStream &m_err;
    bool m_tty;
    int m_lastTenth = -1;
};

// Row counts of the demo's tables, in one fixed query (no SQL is built from strings).
QList<qint64> tableCounts(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM orgs), (SELECT COUNT(*) FROM users), "
                          "(SELECT COUNT(*) FROM trainees), (SELECT COUNT(*) FROM registrations), "
                          "(SELECT COUNT(*) FROM decisions), (SELECT COUNT(*) FROM evidence)"));
    QList<qint64> counts(6, 0);
    if (q.next())
        for (int i = 0; i < 6; ++i)
            counts[i] = q.value(i).toLongLong();
    return counts;
}

void printSummary(const QSqlDatabase &db, QTextStream &out, qint64 elapsedMs)
{
    const QList<qint64> n = tableCounts(db);
    out << cliTr("Demo province created in %1 s.").arg(double(elapsedMs) / 1000.0, 0, 'f', 1) << "\n";
    out << cliTr("  organisations %1, users %2, trainees %3, registrations %4, decisions %5, evidence files %6")
               .arg(n[0]).arg(n[1]).arg(n[2]).arg(n[3]).arg(n[4]).arg(n[5])
        << "\n";
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT b.name, r.state, COUNT(*) FROM registrations r JOIN exam_batches b ON b.id = r.batch_id "
                          "GROUP BY b.year, b.track, r.state ORDER BY b.year DESC, b.track DESC, r.state"));
    QString batch;
    while (q.next()) {
        if (q.value(0).toString() != batch) {
            batch = q.value(0).toString();
            out << "  " << batch << "\n";
        }
        out << "    " << q.value(1).toString().leftJustified(14) << " " << q.value(2).toLongLong() << "\n";
    }
    out << cliTr("Sign in as province, guangzhou, school, base1, gpbase1 or admin (also city-<code>, base-<code>, "
                 "and the department heads base1-neike, base1-waike) with the password %1.")
               .arg(QString::fromLatin1(kDemoPassword))
        << "\n";
}

} // namespace

int runDemo(const CliRequest &request, CliIo io)
{
    if (request.words.size() > 1)
        throw UsageError{cliTr("'demo' takes no further words, got '%1'.").arg(request.words.at(1))};
    rejectForeignOptions(request, QStringLiteral("demo"), AllowDemo);
    DemoOptions options;
    options.trainees = parseTrainees(request.trainees);
    options.seed = parseSeed(request.seed);

    const auto db = openDatabase(request.dbPath, io.err);
    QElapsedTimer timer;
    timer.start();
    db->migrate();
    ProgressLine progress(io.err);
    createDemoProvince(*db, options, Clock::current(), std::ref(progress));
    printSummary(db->connection(), io.out, timer.elapsed());
    return kExitOk;
}

} // namespace gme::cli
