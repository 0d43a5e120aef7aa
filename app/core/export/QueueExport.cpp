#include "QueueExport.h"

#include "SheetWords.h"
#include "XlsxWriter.h"


namespace gme {

QStringList queueExportHeadings()
{
    // The headings are part of the file format the offices exchange, so they stay Chinese
    // whatever the interface language is.
    return {QStringLiteral("序号"),     QStringLiteral("姓名"),     QStringLiteral("性别"),     QStringLiteral("证件号码"), QStringLiteral("培训专业"), QStringLiteral("培训基地"),
            QStringLiteral("地市"),     QStringLiteral("人员类型"), QStringLiteral("培训类别"), QStringLiteral("考试批次"), QStringLiteral("是否补考"), QStringLiteral("审核状态"),
            QStringLiteral("提交时间")};
}

ExportResult exportQueueRows(const QString &path, const QVector<QueueRow> &rows, const QVector<int> &order,
                             const std::function<bool(int, int)> &progress)
{
    ExportResult result;
    XlsxWriter out(path, QStringLiteral("名单"));
    if (!out.isOpen()) {
        result.error = out.errorString();
        return result;
    }
    static constexpr double kWidths[] = {7, 10, 6, 21, 16, 28, 12, 24, 12, 22, 9, 12, 18};
    const QStringList headings = queueExportHeadings();
    for (int c = 0; c < headings.size(); ++c)
        out.setColumnWidth(c, kWidths[c]);
    out.writeHeader(0, headings);
    out.freezeRowsAbove(1);

    const int total = int(order.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 2000 == 0 && !progress(i, total)) {
            result.cancelled = true;
            return result; // the writer's destructor discards the temporary file
        }
        const QueueRow &r = rows[order[i]];
        const int row = i + 1;
        out.writeNumber(row, 0, i + 1);
        out.writeText(row, 1, r.name);
        out.writeText(row, 2, sheetGender(r.gender));
        out.writeText(row, 3, r.idNumber);
        out.writeText(row, 4, r.specialty);
        out.writeText(row, 5, r.base);
        out.writeText(row, 6, r.city);
        out.writeText(row, 7, r.personType);
        out.writeText(row, 8, sheetTrack(r.track));
        out.writeText(row, 9, r.examBatch);
        out.writeText(row, 10, sheetYesNo(r.isMakeup));
        out.writeText(row, 11, sheetState(r.state));
        out.writeText(row, 12, r.submittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    if (!out.commit()) {
        result.error = out.errorString();
        return result;
    }
    if (progress)
        progress(total, total);
    result.ok = true;
    result.rowsWritten = total;
    return result;
}

} // namespace gme
