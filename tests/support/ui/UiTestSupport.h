#pragma once

// What widget tests share: a TestDb that hands out signed-in sessions and closes the widgets'
// database thread before the database goes, QSettings kept away from the user's, and waiting for
// the review pane's queue.

#include "TestSupport.h"
#include "common/Session.h"

namespace gme {
class ReviewPane;
}

namespace gme::test {

class UiTestDb : public TestDb
{
public:
    ~UiTestDb();
    // A session as after signing in as `user`, on the fixture's database and clock.
    Session session(const User &user);
};

// QSettings of this test program go to a test location, under its own name.
void useTestSettings(const QString &applicationName);

// Waits until the pane has finished `loads` loads of its queue and is not loading; false on timeout.
bool waitForQueue(const ReviewPane &pane, int loads = 1, int timeoutMs = 20000);

} // namespace gme::test
