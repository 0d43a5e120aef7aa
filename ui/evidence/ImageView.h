#pragma once

#include "ZoomableView.h"

#include <QImage>

namespace gme {

// A decoded image with zoom, fit and rotation.
class ImageView : public ZoomableView
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }

protected:
    QSizeF naturalSize() const override;
    void paintContent(QPainter &painter, const QRect &target) override;

private:
    QImage m_image;
};

} // namespace gme
