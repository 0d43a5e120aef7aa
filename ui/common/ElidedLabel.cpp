#include "ElidedLabel.h"

#include <QPainter>
#include <QStyle>

namespace gme {

// Its width comes from the layout's stretch, not from the text, so a long text never pushes the
// widgets beside it (a search box) down to nothing.
ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.horizontalAdvance(QStringLiteral("MMMM…")), fm.height()};
}

void ElidedLabel::setFullToolTip(const QString &toolTip)
{
    m_toolTip = toolTip;
    update(); // the tooltip is settled at the next paint, when the width is known
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    const QString tip = shown != text() ? (m_toolTip.isEmpty() ? text() : m_toolTip) : m_toolTip;
    if (toolTip() != tip)
        setToolTip(tip);
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
}

} // namespace gme
