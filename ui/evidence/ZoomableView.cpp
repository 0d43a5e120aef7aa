#include "ZoomableView.h"

#include <QPainter>
#include <QScrollBar>
#include <QStyle>

#include <cmath>

namespace gme {

class ZoomCanvas : public QWidget
{
public:
    explicit ZoomCanvas(ZoomableView *view) : QWidget(view), m_view(view) {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().base());
        if (!m_view->naturalSize().isEmpty())
            m_view->paintContent(p, rect());
        p.end();
        emit m_view->painted();
    }

private:
    ZoomableView *m_view;
};

ZoomableView::ZoomableView(QWidget *parent) : QScrollArea(parent), m_canvas(new ZoomCanvas(this))
{
    setWidget(m_canvas);
    setWidgetResizable(false);
    setAlignment(Qt::AlignCenter);
    setBackgroundRole(QPalette::Dark);
    m_canvas->resize(0, 0);
}

QSizeF ZoomableView::rotatedNaturalSize() const
{
    const QSizeF s = naturalSize();
    return m_rotation % 180 == 0 ? s : s.transposed();
}

qreal ZoomableView::clampScale(qreal scale, const QSizeF &s) const
{
    qreal upper = MaxScale;
    if (!s.isEmpty()) // keep the painted page within MaxPaintPixels
        upper = qMin(upper, std::sqrt(double(MaxPaintPixels) / (s.width() * s.height())));
    return qBound(MinScale, scale, upper);
}

qreal ZoomableView::scaleFor(const QSizeF &content) const
{
    // Fit width leaves room for the vertical scroll bar it will usually need; fit page needs none.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QSize avail = maximumViewportSize() - QSize(4, 4);
    qreal scale = m_zoom;
    if (m_fit == Fit::Width)
        scale = (avail.width() - scrollBar) / content.width();
    else if (m_fit == Fit::Page)
        scale = qMin(avail.width() / content.width(), avail.height() / content.height());
    return clampScale(scale, content);
}

QSize ZoomableView::canvasSizeFor(const QSizeF &natural) const
{
    if (natural.isEmpty())
        return {};
    const qreal scale = scaleFor(natural);
    return QSize(qMax(1, qRound(natural.width() * scale)), qMax(1, qRound(natural.height() * scale)));
}

void ZoomableView::relayout()
{
    const QSizeF content = rotatedNaturalSize();
    if (content.isEmpty()) {
        m_canvas->resize(0, 0);
        m_canvas->update();
        return;
    }
    const qreal scale = scaleFor(content);
    const bool changed = !qFuzzyCompare(scale, m_scale);
    m_scale = scale;
    const QSize size(qMax(1, qRound(content.width() * scale)), qMax(1, qRound(content.height() * scale)));
    if (m_canvas->size() != size)
        m_canvas->resize(size);
    m_canvas->update();
    if (changed)
        emit scaleChanged(m_scale);
}

void ZoomableView::contentChanged()
{
    relayout();
}

void ZoomableView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit != Fit::None)
        relayout();
}

void ZoomableView::setFit(Fit fit)
{
    m_fit = fit;
    relayout();
}

void ZoomableView::setScale(qreal scale)
{
    m_fit = Fit::None;
    m_zoom = clampScale(scale, rotatedNaturalSize());
    relayout();
}

void ZoomableView::zoomIn()
{
    setScale(m_scale * 1.25);
}

void ZoomableView::zoomOut()
{
    setScale(m_scale / 1.25);
}

void ZoomableView::setRotation(int degrees)
{
    const int r = ((degrees % 360) + 360) % 360 / 90 * 90;
    if (r == m_rotation)
        return;
    m_rotation = r;
    relayout();
    emit rotationChanged(m_rotation);
}

void ZoomableView::rotateClockwise()
{
    setRotation(m_rotation + 90);
}

void ZoomableView::rotateCounterClockwise()
{
    setRotation(m_rotation + 270);
}

} // namespace gme
