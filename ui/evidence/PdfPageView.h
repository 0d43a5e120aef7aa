#pragma once

#include "ZoomableView.h"

#include <QImage>
#include <QPointer>

#include <QPdfDocument>

namespace gme {

// One page of a PDF at a time, rendered on demand at the size shown (a 500-page file costs what one
// page costs). Zoom, fit and rotation come from ZoomableView.
class PdfPageView : public ZoomableView
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget *parent = nullptr);

    void setDocument(QPdfDocument *document); // not owned; nullptr clears
    QPdfDocument *document() const { return m_document; }
    int page() const { return m_page; }
    int pageCount() const;
    // A rendering of page 1 made ahead (see FirstPageCache); used if it has the size to be shown.
    void setPrerenderedFirstPage(const QImage &image);

public slots:
    void setPage(int page);
    void nextPage() { setPage(m_page + 1); }
    void previousPage() { setPage(m_page - 1); }

signals:
    void pageChanged(int page);

protected:
    QSizeF naturalSize() const override;
    void paintContent(QPainter &painter, const QRect &target) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointer<QPdfDocument> m_document;
    int m_page = 0;
    QImage m_rendered;
    int m_renderedPage = -1;
    int m_renderedRotation = -1;
};

} // namespace gme
