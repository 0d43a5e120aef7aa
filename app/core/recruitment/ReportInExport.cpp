#include "ReportInExport.h"

#include "Clock.h"
#include "RecruitmentWorkflow.h"
#include "db/DbError.h"
#include "export/SheetWords.h"
#include "export/XlsxWriter.h"
#include "review/Scope.h"

#include <QSqlQuery>

namespace gme::recruit {

int exportReportIn(QSqlDatabase db, const User &user, qint64 roundId, const QString &path, QString *error)
{
    const ScopeSql scope = scopeSql(user, QStringLiteral("a.base_id"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    prepareOrThrow(q, QStringLiteral("SELECT a.name, a.id_number, a.gender, a.person_type, s.name, o.name, a.state, "
                                     "a.reported_at FROM applications a JOIN orgs o ON o.id = a.base_id "
                                     "LEFT JOIN specialties s ON s.code = a.admitted_specialty "
                                     "WHERE a.round_id = ? AND a.state IN (?, ?, ?) AND %1 ORDER BY o.name, a.id")
                          .arg(scope.clause));
    q.addBindValue(roundId);
    q.addBindValue(kConfirmed);
    q.addBindValue(kReported);
    q.addBindValue(kNotReported);
    for (const QVariant &v : scope.binds)
        q.addBindValue(v);
    execOrThrow(q, "read report-in list");

    XlsxWriter out(path, QStringLiteral("学员报到"));
    if (!out.isOpen()) {
        if (error)
            *error = out.errorString();
        return -1;
    }
    const QStringList headings{QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("证件号码"),
                               QStringLiteral("性别"), QStringLiteral("人员类型"), QStringLiteral("录取专业"),
                               QStringLiteral("培训基地"), QStringLiteral("报到状态"), QStringLiteral("报到时间")};
    out.writeHeader(0, headings);
    out.freezeRowsAbove(1);
    const QList<double> widths{6, 10, 22, 6, 22, 16, 28, 10, 20};
    for (int c = 0; c < widths.size(); ++c)
        out.setColumnWidth(c, widths.at(c));
    int row = 1;
    while (q.next()) {
        const QString state = q.value(6).toString();
        const QString status = state == kReported ? QStringLiteral("已报到")
            : state == kNotReported              ? QStringLiteral("未报到")
                                                 : QStringLiteral("待报到");
        out.writeNumber(row, 0, row);
        out.writeText(row, 1, q.value(0).toString());
        out.writeText(row, 2, q.value(1).toString());
        out.writeText(row, 3, sheetGender(q.value(2).toString()));
        out.writeText(row, 4, q.value(3).toString());
        out.writeText(row, 5, q.value(4).toString());
        out.writeText(row, 6, q.value(5).toString());
        out.writeText(row, 7, status);
        out.writeText(row, 8, q.value(7).isNull() ? QString() : fromDbTime(q.value(7).toString()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        ++row;
    }
    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        return -1;
    }
    return row - 1;
}

} // namespace gme::recruit
