#include "ImageView.h"

#include <QPainter>

namespace gme {

ImageView::ImageView(QWidget *parent) : ZoomableView(parent)
{
    setFit(Fit::Page);
}

void ImageView::setImage(const QImage &image)
{
    m_image = image;
    contentChanged();
}

QSizeF ImageView::naturalSize() const
{
    return m_image.isNull() ? QSizeF() : QSizeF(m_image.size()) / m_image.devicePixelRatio();
}

void ImageView::paintContent(QPainter &painter, const QRect &target)
{
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 2.0);
    painter.translate(QRectF(target).center());
    painter.rotate(rotation());
    const QSizeF drawn = rotation() % 180 == 0 ? QSizeF(target.size()) : QSizeF(target.size()).transposed();
    painter.drawImage(QRectF(QPointF(-drawn.width() / 2, -drawn.height() / 2), drawn), m_image);
    painter.restore();
}

} // namespace gme
