#include "ColumnWidths.h"

#include <QHeaderView>
#include <QTableView>

namespace gme {

void setColumnWidthsFromSamples(QTableView *view, const QStringList &samples)
{
    const QFontMetrics fm = view->fontMetrics();
    const QFontMetrics headerFm = view->horizontalHeader()->fontMetrics();
    const int columns = view->model() ? view->model()->columnCount() : 0;
    for (int c = 0; c < columns && c < samples.size(); ++c) {
        const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
        // 24 px leaves room for the sort indicator in the header.
        view->setColumnWidth(c, std::max(fm.horizontalAdvance(samples.at(c)), headerFm.horizontalAdvance(title) + 24)
                                    + 14);
    }
}

} // namespace gme
