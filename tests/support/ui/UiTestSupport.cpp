#include "UiTestSupport.h"

#include "common/DbPool.h"
#include "review/ReviewPane.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

namespace gme::test {

UiTestDb::~UiTestDb()
{
    // Pages read on the shared database thread; its connection must close before the file goes.
    closeWorkerConnection(database());
}

Session UiTestDb::session(const User &user)
{
    Session s;
    s.database = &database();
    s.user = user;
    s.clock = &clock();
    return s;
}

void useTestSettings(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("gmedesk-test"));
    QCoreApplication::setApplicationName(applicationName);
}

bool waitForQueue(const ReviewPane &pane, int loads, int timeoutMs)
{
    return QTest::qWaitFor([&] { return pane.loadCount() >= loads && !pane.isLoading(); }, timeoutMs);
}

} // namespace gme::test
