#include "ConnectionBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace gme {

ConnectionBanner::ConnectionBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("connectionBanner"));
    setStyleSheet(QStringLiteral("#connectionBanner { background: #fdecea; border: 1px solid #e0a39e; }"));
    auto *layout = new QHBoxLayout(this);
    m_text = new QLabel(tr("The connection to the server is lost; reconnecting…"), this);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_button = new QPushButton(tr("Retry"), this);
    m_button->setObjectName(QStringLiteral("connectionRetryButton"));
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionBanner::retryRequested);
    hide();
}

void ConnectionBanner::showLost(const QString &detail)
{
    m_lost = true;
    m_text->setToolTip(detail);
    show();
    if (!m_retry.isActive())
        m_retry.start();
}

void ConnectionBanner::showConnected()
{
    m_lost = false;
    m_retry.stop();
    hide();
}

void ConnectionBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

} // namespace gme
