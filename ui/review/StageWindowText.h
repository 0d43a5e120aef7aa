#pragma once

#include "review/ExamBatches.h"

#include <QCoreApplication>

namespace gme {

// Translation context for the queue header text.
class StageWindowText
{
    Q_DECLARE_TR_FUNCTIONS(gme::StageWindowText)
};

// The queue header: for each open exam batch, whether the stage's window is open now (rich text).
QString stageWindowsHtml(const QList<ExamBatch> &batches, Stage stage, const QDateTime &now);

} // namespace gme
