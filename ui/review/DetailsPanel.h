#pragma once

#include "review/QueueRepository.h"

#include <QTabWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QTableWidget;

namespace gme {

// The current registration in three tabs: basic information, registration, history (the
// evidence has its own viewer beside them).
class DetailsPanel : public QTabWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void showDetails(const std::optional<RegistrationDetails> &details);
    void clearDetails();
    QString fieldText(const QString &key) const; // for tests: the value shown for a field

private:
    QWidget *addFormTab(const QString &title, const QList<QPair<QString, QString>> &fields);
    void setField(const QString &key, const QString &value);

    QHash<QString, QLabel *> m_fields;
    QTableWidget *m_timeline = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace gme
