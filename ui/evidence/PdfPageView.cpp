#include "PdfPageView.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfDocumentRenderOptions>
#include <QScrollBar>

namespace gme {

PdfPageView::PdfPageView(QWidget *parent) : ZoomableView(parent) {}

void PdfPageView::setDocument(QPdfDocument *document)
{
    m_document = document;
    m_page = 0;
    m_rendered = QImage();
    m_renderedPage = -1;
    contentChanged();
    emit pageChanged(m_page);
}

void PdfPageView::setPrerenderedFirstPage(const QImage &image)
{
    if (image.isNull() || m_page != 0)
        return;
    m_rendered = image;
    m_renderedPage = 0;
    m_renderedRotation = 0;
}

int PdfPageView::pageCount() const
{
    return m_document && m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
}

void PdfPageView::setPage(int page)
{
    const int count = pageCount();
    if (count == 0)
        return;
    page = qBound(0, page, count - 1);
    if (page == m_page)
        return;
    m_page = page;
    contentChanged();
    verticalScrollBar()->setValue(0);
    emit pageChanged(m_page);
}

QSizeF PdfPageView::naturalSize() const
{
    if (pageCount() == 0)
        return {};
    const QSizeF points = m_document->pagePointSize(m_page);
    return points * (logicalDpiX() / 72.0);
}

void PdfPageView::paintContent(QPainter &painter, const QRect &target)
{
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(target.size()) * dpr).toSize();
    if (m_renderedPage != m_page || m_renderedRotation != rotation() || m_rendered.size() != pixels) {
        QPdfDocumentRenderOptions options;
        switch (rotation()) {
        case 90: options.setRotation(QPdfDocumentRenderOptions::Rotation::Clockwise90); break;
        case 180: options.setRotation(QPdfDocumentRenderOptions::Rotation::Clockwise180); break;
        case 270: options.setRotation(QPdfDocumentRenderOptions::Rotation::Clockwise270); break;
        default: break;
        }
        m_rendered = m_document->render(m_page, pixels, options);
        m_rendered.setDevicePixelRatio(dpr);
        m_renderedPage = m_page;
        m_renderedRotation = rotation();
    }
    painter.fillRect(target, Qt::white);
    painter.drawImage(target.topLeft(), m_rendered);
}

void PdfPageView::keyPressEvent(QKeyEvent *event)
{
    QScrollBar *bar = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_PageDown:
        if (bar->value() >= bar->maximum())
            nextPage();
        else
            bar->setValue(bar->value() + bar->pageStep());
        return;
    case Qt::Key_PageUp:
        if (bar->value() <= bar->minimum())
            previousPage();
        else
            bar->setValue(bar->value() - bar->pageStep());
        return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier) {
            setPage(0);
            return;
        }
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier) {
            setPage(pageCount() - 1);
            return;
        }
        break;
    default:
        break;
    }
    ZoomableView::keyPressEvent(event);
}

} // namespace gme
