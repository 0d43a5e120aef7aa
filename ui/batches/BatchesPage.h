#pragma once

#include "common/Session.h"
#include "review/ExamBatches.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gme {

class ConnectionBanner;
class ConnectionGuard;

// Exam batches with their four stage windows; the provincial office may extend a window.
class BatchesPage : public QWidget
{
    Q_OBJECT
public:
    BatchesPage(const Session &session, bool readOnly, QWidget *parent = nullptr);

    void reload();
    void setMessage(const QString &text);
    const QList<ExamBatch> &batches() const { return m_batches; }
    ConnectionBanner *connectionBanner() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void extendSelected();

    Session m_session;
    bool m_readOnly;
    QList<ExamBatch> m_batches;
    QTableWidget *m_table = nullptr;
    QPushButton *m_extend = nullptr;
    QLabel *m_message = nullptr;
    ConnectionGuard *m_connection = nullptr;
};

} // namespace gme
