#pragma once

#include "domain/Types.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>

namespace gme {

struct StageWindow
{
    Stage stage = Stage::Registration;
    QDateTime opensAt;  // inclusive
    QDateTime closesAt; // exclusive
    bool isOpenAt(const QDateTime &t) const { return opensAt <= t && t < closesAt; }
};

struct ExamBatch
{
    qint64 id = 0;
    QString name;
    int year = 0;
    Track track = Track::Resident;
    bool open = true;
    QStringList subjects; // "theory", "skills"
    QList<StageWindow> windows;
};

// Exam batches and their stage windows, for the provincial settings page and the queue header.
QList<ExamBatch> loadExamBatches(QSqlDatabase db);

} // namespace gme
