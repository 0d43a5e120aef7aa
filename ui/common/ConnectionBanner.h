#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

namespace gme {

// A strip across a pane saying the connection to the central server is lost, with a Retry
// button. While shown it asks for a retry by itself every few seconds, so the pane recovers
// when the server is back without the user doing anything.
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Replaces the standard text, e.g. to add what the page keeps meanwhile.
    void setText(const QString &text);

    // Shows the banner (detail: the technical reason, as a tooltip) and starts retrying.
    void showLost(const QString &detail);
    // The pane read from the server again: hides the banner and stops retrying.
    void showConnected();
    bool isLost() const { return m_lost; }
    void setRetryInterval(int ms) { m_retry.setInterval(ms); }
    QString text() const;
    QPushButton *retryButton() const { return m_button; }

signals:
    void retryRequested();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
    QTimer m_retry;
    bool m_lost = false;
};

} // namespace gme
