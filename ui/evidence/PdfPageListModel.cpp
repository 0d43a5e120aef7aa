#include "PdfPageListModel.h"

#include <QPdfDocument>

namespace gme {

PdfPageListModel::PdfPageListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &PdfPageListModel::renderNext);
}

void PdfPageListModel::setDocument(QPdfDocument *document)
{
    beginResetModel();
    m_document = document;
    m_count = document && document->status() == QPdfDocument::Status::Ready ? document->pageCount() : 0;
    m_thumbnails.clear();
    m_wanted.clear();
    m_timer.stop();
    m_paused = m_count > 0;
    endResetModel();
}

void PdfPageListModel::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (!m_wanted.isEmpty())
        m_timer.start();
}

int PdfPageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant PdfPageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count)
        return {};
    const int page = index.row();
    if (role == Qt::DisplayRole)
        return tr("Page %1").arg(page + 1);
    if (role == Qt::DecorationRole) {
        if (const QImage *thumb = m_thumbnails.object(page))
            return *thumb;
        // Placeholder of the right shape; the real thumbnail follows shortly.
        if (!m_wanted.contains(page)) {
            m_wanted.append(page);
            if (m_wanted.size() > 60) // only what was looked at lately
                m_wanted.removeFirst();
        }
        if (!m_paused && !m_timer.isActive())
            const_cast<QTimer &>(m_timer).start();
        QImage blank(m_width, m_width * 141 / 100, QImage::Format_RGB32);
        blank.fill(Qt::white);
        return blank;
    }
    return {};
}

void PdfPageListModel::renderNext()
{
    if (!m_document || m_wanted.isEmpty() || m_paused)
        return;
    const int page = m_wanted.takeLast();
    if (page < m_count && !m_thumbnails.contains(page)) {
        const QSizeF points = m_document->pagePointSize(page);
        const QSize size = points.isEmpty() ? QSize(m_width, m_width * 141 / 100)
                                            : QSize(m_width, qBound(1, qRound(m_width * points.height() / points.width()), m_width * 3));
        m_thumbnails.insert(page, new QImage(m_document->render(page, size)));
        ++m_rendered;
        emit dataChanged(index(page), index(page), {Qt::DecorationRole});
    }
    if (!m_wanted.isEmpty())
        m_timer.start();
}

} // namespace gme
