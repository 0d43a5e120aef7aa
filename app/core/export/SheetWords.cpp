#include "SheetWords.h"

namespace gme {

QString sheetState(State s)
{
    switch (s) {
    case State::Submitted: return QStringLiteral("待基地审核");
    case State::BasePassed: return QStringLiteral("基地审核通过");
    case State::CityPassed: return QStringLiteral("复审通过");
    case State::FinalPassed: return QStringLiteral("终审通过");
    case State::Rejected: return QStringLiteral("审核不通过");
    case State::Returned: return QStringLiteral("退回修改");
    case State::Cancelled: return QStringLiteral("已取消");
    }
    return {};
}

QString sheetTrack(Track t)
{
    return t == Track::AssistantGp ? QStringLiteral("助理全科医生") : QStringLiteral("住院医师");
}

QString sheetGender(const QString &code)
{
    return code == QLatin1String("M") ? QStringLiteral("男") : code == QLatin1String("F") ? QStringLiteral("女") : QString();
}

QString sheetYesNo(bool b) { return b ? QStringLiteral("是") : QStringLiteral("否"); }

} // namespace gme
