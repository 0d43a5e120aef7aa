#include "StageWindowText.h"

#include "common/Format.h"

namespace gme {

QString stageWindowsHtml(const QList<ExamBatch> &batches, Stage stage, const QDateTime &now)
{
    QStringList lines;
    int closedBatches = 0;
    for (const ExamBatch &b : batches) {
        if (!b.open) {
            ++closedBatches; // past years: not worth a line each
            continue;
        }
        for (const StageWindow &w : b.windows) {
            if (w.stage != stage)
                continue;
            QString state;
            const bool open = w.isOpenAt(now);
            if (open)
                state = StageWindowText::tr("%1 window: open until %2")
                            .arg(stageName(w.stage), formatDateTime(w.closesAt));
            else if (now < w.opensAt)
                state = StageWindowText::tr("%1 window: closed, opens %2")
                            .arg(stageName(w.stage), formatDateTime(w.opensAt));
            else
                state = StageWindowText::tr("%1 window: closed since %2")
                            .arg(stageName(w.stage), formatDateTime(w.closesAt));
            lines << StageWindowText::tr("%1: <span style=\"color:%2\">%3</span>")
                         .arg(b.name.toHtmlEscaped(), open ? QStringLiteral("#1a7f37") : QStringLiteral("#b42318"),
                             state.toHtmlEscaped());
        }
    }
    if (lines.isEmpty())
        lines << StageWindowText::tr("No open exam batch has a %1 window: nothing can be decided now.")
                     .arg(stageName(stage))
                     .toHtmlEscaped();
    if (closedBatches > 0)
        lines.last() += QStringLiteral(" <span style=\"color:gray\">")
            + StageWindowText::tr("(%1 closed batches not shown)").arg(closedBatches).toHtmlEscaped()
            + QStringLiteral("</span>");
    return lines.join(QStringLiteral("<br>"));
}

} // namespace gme
