#pragma once

#include "teachers/Teacher.h"

#include <QList>
#include <QString>

#include <optional>

namespace gme {

// The teacher dialog edits records as lines, in the same notation a teacher sheet's cells use
// (import/TeacherCells.h): "2024-03-02 主要责任 …", "2023-05-01 严重 …", "2023 合格".
// A line left as it was shown gives back the stored record unchanged (its note included).
QString malpracticeLines(const QList<MalpracticeRecord> &records);
QString incidentLines(const QList<TeachingIncident> &records);
QString evaluationLines(const QList<YearlyEvaluation> &records);

// nullopt with a translated `problem` when a line cannot be read.
std::optional<QList<MalpracticeRecord>> malpracticeFromLines(const QString &text, const QList<MalpracticeRecord> &shown,
                                                             QString *problem);
std::optional<QList<TeachingIncident>> incidentsFromLines(const QString &text, const QList<TeachingIncident> &shown,
                                                          QString *problem);
std::optional<QList<YearlyEvaluation>> evaluationsFromLines(const QString &text, QString *problem);

} // namespace gme
