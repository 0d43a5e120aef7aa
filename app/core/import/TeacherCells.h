#pragma once

#include "teachers/Teacher.h"

#include <QList>
#include <QString>

#include <optional>

namespace gme {

// Reading a teacher sheet's cells. A record cell holds entries separated by ；; 、 , or line
// breaks, each starting with its date; "无" or "-" means none. Every parser returns nullopt and
// sets `problem` (translated) when an entry cannot be read.

// 住院医师 / 主治医师 / 副主任医师 / 主任医师, 中级 / 副高 / 正高, or the stored codes.
std::optional<TeacherTitle> parseTeacherTitle(const QString &text);
// "2024-03-02 主要责任": main responsibility when the entry says 主要 or 完全 (not 次要).
std::optional<QList<MalpracticeRecord>> parseMalpracticeCell(const QString &text, QString *problem);
// "2023-05-01 严重": serious when the entry says 严重 or 重大.
std::optional<QList<TeachingIncident>> parseIncidentCell(const QString &text, QString *problem);
// "2023 合格；2024年：不合格": a year, then 合格 / 优秀 / 良好 (passed) or 不合格 (failed).
std::optional<QList<YearlyEvaluation>> parseEvaluationCell(const QString &text, QString *problem);

} // namespace gme
