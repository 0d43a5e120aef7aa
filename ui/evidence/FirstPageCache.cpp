#include "FirstPageCache.h"

#include <QBuffer>
#include <QPdfDocument>

namespace gme {

namespace {
constexpr int Keep = 8;
}

FirstPageCache::FirstPageCache(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

FirstPageCache::~FirstPageCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString FirstPageCache::key(const QString &sha256, const QSize &pixels)
{
    return sha256 + QLatin1Char('/') + QString::number(pixels.width()) + QLatin1Char('x') + QString::number(pixels.height());
}

void FirstPageCache::prepare(const QString &sha256, const QByteArray &pdf, const QSize &pixels, qreal dpr)
{
    const QString k = key(sha256, pixels);
    if (pixels.isEmpty() || m_images.contains(k) || m_pending.contains(k))
        return;
    m_pending.insert(k);
    m_pool.start([this, k, sha256, pdf, pixels, dpr] {
        QByteArray bytes = pdf;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImage image;
        {
            QPdfDocument document;
            document.load(&buffer);
            if (document.status() == QPdfDocument::Status::Ready && document.pageCount() > 0)
                image = document.render(0, pixels);
        }
        image.setDevicePixelRatio(dpr);
        QMetaObject::invokeMethod(this, [this, k, sha256, image] {
            m_pending.remove(k);
            if (image.isNull())
                return;
            m_images.insert(k, image);
            m_order.append(k);
            ++m_rendered;
            while (m_order.size() > Keep)
                m_images.remove(m_order.takeFirst());
            emit ready(sha256);
        }, Qt::QueuedConnection);
    });
}

QImage FirstPageCache::find(const QString &sha256, const QSize &pixels) const
{
    return m_images.value(key(sha256, pixels));
}

} // namespace gme
