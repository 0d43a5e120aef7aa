#pragma once

#include <QScrollArea>

namespace gme {

// A scroll area showing one page-like thing (a PDF page, an image) with zoom, fit width, fit page and
// quarter-turn rotation. Subclasses say how large their content is at 100 % and paint it into a
// rectangle of any size; this class does the arithmetic and the scrolling.
class ZoomableView : public QScrollArea
{
    Q_OBJECT
public:
    enum class Fit { None, Width, Page };

    explicit ZoomableView(QWidget *parent = nullptr);

    Fit fit() const { return m_fit; }
    qreal scale() const { return m_scale; } // effective, 1.0 = 100 %
    int rotation() const { return m_rotation; } // 0, 90, 180, 270 (clockwise)

    // The canvas size this view would give content of the given natural size (rotation 0) now.
    QSize canvasSizeFor(const QSizeF &natural) const;

    static constexpr qreal MinScale = 0.05;
    static constexpr qreal MaxScale = 8.0;
    static constexpr qint64 MaxPaintPixels = 60'000'000; // zoom stops before a page needs more

public slots:
    void setFit(gme::ZoomableView::Fit fit);
    void setScale(qreal scale); // leaves fit mode
    void zoomIn();
    void zoomOut();
    void rotateClockwise();
    void rotateCounterClockwise();
    void setRotation(int degrees);

signals:
    void scaleChanged(qreal scale);
    void rotationChanged(int degrees);
    void painted(); // after the canvas has been painted

protected:
    // The content at 100 %, unrotated, in device-independent pixels; empty when there is nothing.
    virtual QSizeF naturalSize() const = 0;
    // Paints the content, already rotated, filling target (the whole canvas).
    virtual void paintContent(QPainter &painter, const QRect &target) = 0;
    // Subclasses call this when their content or its size changed.
    void contentChanged();

    void resizeEvent(QResizeEvent *event) override;

private:
    friend class ZoomCanvas;
    void relayout();
    QSizeF rotatedNaturalSize() const;
    qreal clampScale(qreal scale, const QSizeF &natural) const;
    qreal scaleFor(const QSizeF &content) const; // content already rotated

    QWidget *m_canvas = nullptr;
    Fit m_fit = Fit::Width;
    qreal m_zoom = 1.0;  // used when m_fit == None
    qreal m_scale = 1.0;
    int m_rotation = 0;
};

} // namespace gme
