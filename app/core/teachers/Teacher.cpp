#include "Teacher.h"

#include <QCoreApplication>

namespace gme {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Teachers)
};

template <typename E, size_t N>
std::optional<E> fromCode(const QString &code, const E (&all)[N], QString (*codeOf)(E))
{
    for (E e : all)
        if (codeOf(e) == code)
            return e;
    return std::nullopt;
}

constexpr TeacherTitle kTitles[] = {TeacherTitle::Resident, TeacherTitle::Attending, TeacherTitle::AssociateChief,
                                    TeacherTitle::Chief};
constexpr TeacherState kStates[] = {TeacherState::Registered, TeacherState::Recommended, TeacherState::NotRecommended,
                                    TeacherState::Appointed, TeacherState::Dismissed};
constexpr TeacherAction kActions[] = {TeacherAction::Recommend, TeacherAction::NotRecommend, TeacherAction::Appoint,
                                      TeacherAction::Dismiss, TeacherAction::Reconsider};
} // namespace

QString teacherTitleCode(TeacherTitle t)
{
    switch (t) {
    case TeacherTitle::Resident: return QStringLiteral("resident");
    case TeacherTitle::Attending: return QStringLiteral("attending");
    case TeacherTitle::AssociateChief: return QStringLiteral("associate_chief");
    case TeacherTitle::Chief: return QStringLiteral("chief");
    }
    return {};
}

QString teacherStateCode(TeacherState s)
{
    switch (s) {
    case TeacherState::Registered: return QStringLiteral("registered");
    case TeacherState::Recommended: return QStringLiteral("recommended");
    case TeacherState::NotRecommended: return QStringLiteral("not_recommended");
    case TeacherState::Appointed: return QStringLiteral("appointed");
    case TeacherState::Dismissed: return QStringLiteral("dismissed");
    }
    return {};
}

QString teacherActionCode(TeacherAction a)
{
    switch (a) {
    case TeacherAction::Recommend: return QStringLiteral("recommend");
    case TeacherAction::NotRecommend: return QStringLiteral("not_recommend");
    case TeacherAction::Appoint: return QStringLiteral("appoint");
    case TeacherAction::Dismiss: return QStringLiteral("dismiss");
    case TeacherAction::Reconsider: return QStringLiteral("reconsider");
    }
    return {};
}

std::optional<TeacherTitle> teacherTitleFromCode(const QString &code) { return fromCode(code, kTitles, teacherTitleCode); }
std::optional<TeacherState> teacherStateFromCode(const QString &code) { return fromCode(code, kStates, teacherStateCode); }
std::optional<TeacherAction> teacherActionFromCode(const QString &code)
{
    return fromCode(code, kActions, teacherActionCode);
}

QString teacherTitleName(TeacherTitle t)
{
    switch (t) {
    case TeacherTitle::Resident: return Text::tr("Resident physician");
    case TeacherTitle::Attending: return Text::tr("Attending physician");
    case TeacherTitle::AssociateChief: return Text::tr("Associate chief physician");
    case TeacherTitle::Chief: return Text::tr("Chief physician");
    }
    return {};
}

QString teacherStateName(TeacherState s)
{
    switch (s) {
    case TeacherState::Registered: return Text::tr("Registered");
    case TeacherState::Recommended: return Text::tr("Recommended");
    case TeacherState::NotRecommended: return Text::tr("Not recommended");
    case TeacherState::Appointed: return Text::tr("Appointed");
    case TeacherState::Dismissed: return Text::tr("Dismissed");
    }
    return {};
}

QString teacherActionName(TeacherAction a)
{
    switch (a) {
    case TeacherAction::Recommend: return Text::tr("Recommend");
    case TeacherAction::NotRecommend: return Text::tr("Do not recommend");
    case TeacherAction::Appoint: return Text::tr("Appoint");
    case TeacherAction::Dismiss: return Text::tr("Dismiss");
    case TeacherAction::Reconsider: return Text::tr("Reconsider");
    }
    return {};
}

} // namespace gme
