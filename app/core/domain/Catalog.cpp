#include "Catalog.h"

#include <utility>

namespace gme {
namespace {

const std::pair<const char *, const char16_t *> kIdTypes[] = {
    {"01", u"居民身份证"},
    {"05", u"外籍护照"},
    {"06", u"港澳居民来往内地通行证"},
    {"07", u"台湾居民来往大陆通行证"},
    {"08", u"台湾居民居住证"},
    {"09", u"外国人永久居留证"},
    {"10", u"港澳居民居住证"},
};

} // namespace

const QStringList &knownPersonTypes()
{
    static const QStringList types{
        QStringLiteral("面向社会招收"), QStringLiteral("本单位住院医师"), QStringLiteral("外单位委托培养"),
        QStringLiteral("全日制专业学位硕士研究生（并轨）"), QStringLiteral("订单定向")};
    return types;
}

QString idTypeName(const QString &code)
{
    for (const auto &[c, name] : kIdTypes)
        if (code == QLatin1String(c))
            return QString::fromUtf16(name);
    return {};
}

QString idTypeCodeFrom(const QString &codeOrName)
{
    const QString s = codeOrName.trimmed();
    if (s.isEmpty())
        return {};
    bool isNumber = false;
    const int n = s.toInt(&isNumber);
    for (const auto &[c, name] : kIdTypes) {
        if (isNumber && n == QString::fromLatin1(c).toInt())
            return QString::fromLatin1(c);
        if (s == QString::fromUtf16(name))
            return QString::fromLatin1(c);
    }
    if (s == QStringLiteral("身份证"))
        return QStringLiteral("01");
    if (s == QStringLiteral("护照"))
        return QStringLiteral("05");
    return {};
}

} // namespace gme
