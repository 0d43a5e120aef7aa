#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace gme {

class MainWindow;

// A measuring hook for gmedesk-bench and the start-up tests; does nothing unless the environment
// variable GMEDESK_PROBE is set:
//   GMEDESK_PROBE=login  when the sign-in window is first painted, prints one line and cancels it
//                        (the app then exits as when the user closes the sign-in window)
//   GMEDESK_PROBE=queue  once the review queue's first rows have been painted and every row has been
//                        loaded, prints one line with the rows, the times from the start of sign-in to
//                        both moments and the memory in use, and closes the main window (the app then
//                        exits normally)
// The line goes to standard output and starts with "gmedesk-probe".
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Off, Login, Queue };
    StartupProbe();

    Mode mode() const { return m_mode; }
    void watchLogin(QWidget *dialog);
    void markSignInStarted();
    void watchQueue(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportLogin();
    void reportQueue();
    void reportQueueWhenDone();

    Mode m_mode = Mode::Off;
    QWidget *m_login = nullptr;
    MainWindow *m_window = nullptr;
    QWidget *m_queueViewport = nullptr;
    QElapsedTimer m_sinceSignIn;
    double m_cpuAtSignIn = 0;
    bool m_reported = false;
    double m_paintedMs = -1; // first rows painted, since sign-in began
    double m_loadedMs = -1;  // every row loaded
    double m_paintedCpuMs = 0;
};

} // namespace gme
