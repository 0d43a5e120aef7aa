#pragma once

#include <QAbstractListModel>
#include <QCache>
#include <QImage>
#include <QPointer>
#include <QTimer>

#include <QPdfDocument>

namespace gme {

// The pages of a PDF as a list: "Page n" and a thumbnail rendered only when the view asks for it
// (i.e. when the row is visible), one per event-loop turn, so a 500-page file never blocks.
class PdfPageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit PdfPageListModel(QObject *parent = nullptr);

    void setDocument(QPdfDocument *document);
    void setThumbnailWidth(int width) { m_width = width; }
    int thumbnailsRendered() const { return m_rendered; }
    // While paused (from setDocument() until resume()), thumbnails are only queued: the page the
    // reviewer looks at is rendered first.
    void resume();
    void pause() { m_paused = true; m_timer.stop(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void renderNext();

    QPointer<QPdfDocument> m_document;
    int m_count = 0;
    int m_width = 96;
    mutable QCache<int, QImage> m_thumbnails{200};
    mutable QList<int> m_wanted; // most recent request last
    QTimer m_timer;
    int m_rendered = 0;
    bool m_paused = false;
};

} // namespace gme
