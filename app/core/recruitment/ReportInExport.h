#pragma once

#include "auth/User.h"

#include <QSqlDatabase>

namespace gme::recruit {

// 学员报到管理 → 导出Excel: every confirmed application of a round in the user's scope with its
// report-in status (已报到 / 未报到 / 待报到). Headings and words are the Chinese the offices
// exchange, whatever the interface language. Returns the rows written, or -1 with *error set.
int exportReportIn(QSqlDatabase db, const User &user, qint64 roundId, const QString &path, QString *error);

} // namespace gme::recruit
