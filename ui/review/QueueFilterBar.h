#pragma once

#include "review/QueueFilter.h"

#include <QVector>
#include <QWidget>

#include <deque>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace gme {

// The values offered in the pick lists: those present in the loaded rows, sorted.
struct FilterChoices
{
    QStringList specialties, bases, cities, personTypes;
    static FilterChoices collect(const std::deque<QueueRow> &rows);
};

// The filter line above the queue: text (debounced), five pick lists and the shown/total count.
class QueueFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit QueueFilterBar(QWidget *parent = nullptr);

    QueueFilter filter() const;
    // Fills the pick lists; keeps a choice that is still offered.
    void setChoices(const FilterChoices &choices);
    void setCounts(int shown, int total);
    void clearFilters();
    // Sets every widget to `filter` (values not offered in a pick list are added to it) and emits
    // filterChanged() once.
    void setFilter(const QueueFilter &filter);
    QLineEdit *textEdit() const { return m_text; }
    QString countText() const;

signals:
    void filterChanged();

private:
    QComboBox *addCombo(const QString &objectName, const QString &toolTip, const QString &allText);
    static void fill(QComboBox *combo, QStringList values);

    QLineEdit *m_text = nullptr;
    QComboBox *m_specialty = nullptr;
    QComboBox *m_base = nullptr;
    QComboBox *m_city = nullptr;
    QComboBox *m_personType = nullptr;
    QComboBox *m_track = nullptr;
    QComboBox *m_evidence = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_filling = false;
};

} // namespace gme
