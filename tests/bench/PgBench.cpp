#include "PgBench.h"

#include "PgFixture.h"
#include "auth/ServerSignIn.h"
#include "common/DbPool.h"
#include "common/Session.h"
#include "db/Database.h"
#include "demo/DemoProvince.h"
#include "review/QueueTableModel.h"
#include "review/ReviewPane.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QEventLoop>

#include <stdexcept>

#include <unistd.h>

namespace gme::bench {
namespace {

// utime + stime of one process, in seconds (0 when it is gone).
double processCpuOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // "pid (comm) state ppid ...": utime and stime are fields 14 and 15, the 12th and 13th after ')'.
    const QList<QByteArray> rest = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (rest.size() < 13)
        return 0;
    return double(rest.at(11).toLongLong() + rest.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// Quits `loop` after the paint event in which the queue first shows rows has been handled.
class FirstRowsPainted : public QObject
{
public:
    FirstRowsPainted(ReviewPane &pane, QEventLoop &loop) : m_pane(pane), m_loop(loop)
    {
        pane.queueView()->viewport()->installEventFilter(this);
    }
    bool seen = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !seen && m_pane.queueModel()->totalCount() > 0) {
            seen = true;
            m_loop.quit(); // exec() returns once this paint is done
        }
        return QObject::eventFilter(watched, event);
    }

private:
    ReviewPane &m_pane;
    QEventLoop &m_loop;
};

} // namespace

PgProvince::PgProvince()
    : m_fixture(std::make_unique<test::PgFixture>(QStringLiteral("bench-"),
                                                  test::PgFixture::samePassword(QString::fromLatin1(kDemoPassword))))
{
    if (!m_fixture->start())
        throw std::runtime_error(qPrintable(m_fixture->error()));
}

Database &PgProvince::owner()
{
    return m_fixture->database();
}

void PgProvince::loadDemo(int trainees, int queueRows)
{
    m_built = buildBenchProvince(owner(), trainees, queueRows);
    analyze();
    signIn(QStringLiteral("province"), QString::fromLatin1(kDemoPassword));
}

void PgProvince::analyze()
{
    QSqlQuery q(owner().connection());
    if (!q.exec(QStringLiteral("ANALYZE"))) // a utility statement: PostgreSQL cannot prepare it
        throw std::runtime_error("ANALYZE failed");
}

void PgProvince::signIn(const QString &login, const QString &password)
{
    if (m_reviewer) {
        closeWorkerConnection(*m_reviewer);
        m_reviewer->closeThisThreadsConnection();
    }
    m_reviewer = std::make_unique<Database>(m_fixture->server().url(login));
    const SignInResult result = signInToServer(*m_reviewer, login, password);
    if (!result.user)
        throw std::runtime_error(qPrintable(QStringLiteral("sign-in as %1 failed: %2").arg(login, result.message())));
    m_user = *result.user;
}

PgProvince::~PgProvince()
{
    if (m_reviewer)
        closeWorkerConnection(*m_reviewer); // the review pane's database thread opened one
    if (m_reviewer)
        m_reviewer->closeThisThreadsConnection();
}

double PgProvince::backendCpuSeconds(const QString &login)
{
    QSqlQuery q(owner().connection());
    q.prepare(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return 0;
    double sum = 0;
    while (q.next())
        sum += processCpuOf(q.value(0).toLongLong());
    return sum;
}

Sample timeWithServer(PgProvince &pg, const QString &login, const std::function<void()> &work)
{
    // Backends that end during the work take their CPU with them; the measured ones stay open.
    const double server0 = pg.backendCpuSeconds(login);
    Sample s = timeIt(CpuOf::Process, work);
    s.cpu += pg.backendCpuSeconds(login) - server0;
    return s;
}

PgQueueRuns runPgQueueOpenings(PgProvince &pg, int runs)
{
    PgQueueRuns out;
    Session session;
    session.database = &pg.reviewer();
    session.user = pg.reviewerUser();
    const QString login = pg.reviewerUser().username;
    for (int run = 0; run < runs; ++run) {
        QEventLoop loop;
        QTimer guard; // a load that never comes ends the wait
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(120000);
        const double server0 = pg.backendCpuSeconds(login);
        const double cpu0 = processCpuSeconds();
        QElapsedTimer t;
        t.start();
        // Opening the queue: the pane is made (its load starts on the database thread) and shown.
        auto pane = std::make_unique<ReviewPane>(session);
        pane->resize(1400, 900);
        FirstRowsPainted painted(*pane, loop);
        QObject::connect(pane.get(), &ReviewPane::queueLoaded, &loop, [&] {
            if (painted.seen)
                loop.quit();
        });
        pane->show();
        loop.exec(); // until the first rows are painted: no busy waiting, so the CPU is the work's
        if (!painted.seen) {
            out.error = QStringLiteral("no rows painted within 2 minutes: %1").arg(pane->lastNote());
            return out;
        }
        const double firstWall = double(t.nsecsElapsed()) / 1e9;
        const double firstCpu = processCpuSeconds() - cpu0 + pg.backendCpuSeconds(login) - server0;
        out.firstRows = pane->queueModel()->totalCount();
        if (pane->loadCount() < 1) {
            guard.start(300000);
            loop.exec(); // until the rest is in
        }
        const double allWall = double(t.nsecsElapsed()) / 1e9;
        const double allCpu = processCpuSeconds() - cpu0 + pg.backendCpuSeconds(login) - server0;
        out.rows = pane->queueModel()->totalCount();
        if (out.rows <= out.firstRows && out.rows < 2) {
            out.error = QStringLiteral("the queue is empty: %1").arg(pane->lastNote());
            return out;
        }
        out.toFirstRows.append({firstWall, firstCpu});
        out.toAllRows.append({allWall, allCpu});
        pane.reset();
        QCoreApplication::processEvents();
    }
    return out;
}

} // namespace gme::bench
