#include "TrainingYearsSheet.h"

#include "TrainingYearsRepository.h"
#include "db/DbError.h"
#include "domain/Catalog.h"
#include "export/SheetWords.h"
#include "export/XlsxWriter.h"

namespace gme {

QStringList trainingYearsHeadings()
{
    return {QStringLiteral("序号"), QStringLiteral("地区"), QStringLiteral("培训基地"), QStringLiteral("姓名"),
            QStringLiteral("证件类型"), QStringLiteral("证件号码"), QStringLiteral("培训类别"), QStringLiteral("培训专业"),
            QStringLiteral("培训年限"), QStringLiteral("培训开始时间"), QStringLiteral("培训结束时间"),
            QStringLiteral("减免状态")};
}

ExportResult exportTrainingYearsRows(const QVector<TrainingYearsRow> &rows, const QVector<int> &order,
                                     const QString &path, const std::function<bool(int, int)> &progress)
{
    ExportResult result;
    XlsxWriter out(path, QStringLiteral("培训年限表"));
    if (!out.isOpen()) {
        result.error = out.errorString();
        return result;
    }
    const QStringList headings = trainingYearsHeadings();
    const double widths[] = {6, 10, 24, 10, 12, 22, 12, 14, 9, 13, 13, 12};
    for (int c = 0; c < int(headings.size()); ++c)
        out.setColumnWidth(c, widths[c]);
    out.writeTitle(0, int(headings.size()), QStringLiteral("培训年限表"));
    out.writeHeader(1, headings);
    out.freezeRowsAbove(2);
    const int total = int(order.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 2000 == 0 && !progress(i, total)) {
            result.cancelled = true;
            return result; // the writer discards its temporary file
        }
        const TrainingYearsRow &r = rows.at(order.at(i));
        const int row = i + 2;
        int col = 0;
        out.writeNumber(row, col++, i + 1);
        out.writeText(row, col++, r.city);
        out.writeText(row, col++, r.base);
        out.writeText(row, col++, r.name);
        out.writeText(row, col++, idTypeName(r.idType));
        out.writeText(row, col++, r.idNumber);
        out.writeText(row, col++, sheetTrack(r.track));
        out.writeText(row, col++, r.specialty);
        if (r.years)
            out.writeNumber(row, col, *r.years);
        ++col;
        out.writeDate(row, col++, r.start);
        out.writeDate(row, col++, r.end);
        out.writeText(row, col++, reductionStateWords(r));
    }
    if (!out.commit()) {
        result.error = out.errorString();
        return result;
    }
    result.ok = true;
    result.rowsWritten = total;
    return result;
}

ExportResult exportTrainingYearsSheet(QSqlDatabase db, const User &user, const QString &path,
                                      const std::function<bool(int, int)> &progress)
{
    ExportResult result;
    QVector<TrainingYearsRow> rows;
    try {
        rows = loadTrainingYears(db, user);
    } catch (const DbError &e) {
        result.error = e.message();
        return result;
    }
    QVector<int> order(rows.size());
    for (int i = 0; i < int(rows.size()); ++i)
        order[i] = i;
    return exportTrainingYearsRows(rows, order, path, progress);
}

} // namespace gme
