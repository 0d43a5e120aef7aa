#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

namespace gme {

// First pages of prefetched PDFs, rendered on a worker thread at the size the viewer will show them,
// so moving to the next row paints at once even for scanned pages that take pdfium 100+ ms.
// (Qt PDF serialises pdfium calls internally; each render uses its own QPdfDocument.)
class FirstPageCache : public QObject
{
    Q_OBJECT
public:
    explicit FirstPageCache(QObject *parent = nullptr);
    ~FirstPageCache() override;

    // Starts rendering page 1 of the PDF to `pixels` unless it is done or under way.
    void prepare(const QString &sha256, const QByteArray &pdf, const QSize &pixels, qreal devicePixelRatio);
    // The rendering of that size, or a null image.
    QImage find(const QString &sha256, const QSize &pixels) const;
    int rendered() const { return m_rendered; }

signals:
    void ready(const QString &sha256);

private:
    static QString key(const QString &sha256, const QSize &pixels);

    QThreadPool m_pool;
    QHash<QString, QImage> m_images;
    QStringList m_order; // oldest first
    QSet<QString> m_pending;
    int m_rendered = 0;
};

} // namespace gme
