#include "XmlScan.h"

#include <QByteArray>

#include <charconv>

namespace gme::xlsx {
namespace {

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

} // namespace

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
           || (c >= 0x10000 && c <= 0x10FFFF);
}

// Character data between tags: entities and character references decoded, line ends
// normalised as XML requires. False on an entity XML does not define without a DTD.
bool appendCharacterData(std::string &out, const char *p, const char *end)
{
    while (p < end) {
        const char *stop = p;
        while (stop < end && *stop != '&' && *stop != '\r')
            ++stop;
        out.append(p, size_t(stop - p));
        if (stop == end)
            return true;
        if (*stop == '\r') {
            out.push_back('\n');
            p = stop + 1;
            if (p < end && *p == '\n')
                ++p;
            continue;
        }
        const char *semi = static_cast<const char *>(std::memchr(stop, ';', size_t(end - stop)));
        if (!semi)
            return false;
        const std::string_view name(stop + 1, size_t(semi - stop - 1));
        if (name == "lt")
            out.push_back('<');
        else if (name == "gt")
            out.push_back('>');
        else if (name == "amp")
            out.push_back('&');
        else if (name == "quot")
            out.push_back('"');
        else if (name == "apos")
            out.push_back('\'');
        else if (name.size() >= 2 && name[0] == '#') {
            const bool hex = name[1] == 'x';
            const std::string_view digits = name.substr(hex ? 2 : 1);
            unsigned long long c = 0;
            const auto r = std::from_chars(digits.data(), digits.data() + digits.size(), c, hex ? 16 : 10);
            if (digits.empty() || r.ec != std::errc() || r.ptr != digits.data() + digits.size() || c > 0x10FFFF
                || !isXmlChar(char32_t(c)))
                return false;
            appendUtf8(out, char32_t(c));
        } else {
            return false;
        }
        p = semi + 1;
    }
    return true;
}

bool declaredUtf8(QByteArrayView xml)
{
    std::string_view s(xml.data(), size_t(xml.size()));
    if (s.substr(0, 3) == "\xEF\xBB\xBF")
        s.remove_prefix(3);
    if (s.empty() || s[0] == '\0' || s[0] == '\xFE' || s[0] == '\xFF')
        return false;
    if (s.substr(0, 5) != "<?xml")
        return true; // no declaration: UTF-8 by definition
    const size_t close = s.find("?>");
    if (close == std::string_view::npos)
        return false;
    const std::string_view decl = s.substr(0, close);
    const size_t at = decl.find("encoding");
    if (at == std::string_view::npos)
        return true;
    size_t i = at + 8;
    while (i < decl.size() && (isXmlSpace(decl[i]) || decl[i] == '='))
        ++i;
    if (i >= decl.size() || (decl[i] != '"' && decl[i] != '\''))
        return false;
    const size_t endQuote = decl.find(decl[i], i + 1);
    if (endQuote == std::string_view::npos)
        return false;
    const QByteArray name = QByteArray(decl.data() + i + 1, qsizetype(endQuote - i - 1)).toLower();
    return name == "utf-8" || name == "utf8";
}

// An attribute value with its entities decoded (they almost never occur in r, t or s).
std::string_view decodedAttribute(std::string_view raw, std::string *storage)
{
    if (raw.find('&') == std::string_view::npos)
        return raw;
    storage->clear();
    if (!appendCharacterData(*storage, raw.data(), raw.data() + raw.size()))
        return raw;
    return *storage;
}

// Well-formed UTF-8 of characters XML allows. QXmlStreamReader calls anything else a damaged
// document; the scanner leaves such text to it, so both readers answer the same.
bool validXmlText(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *const end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                return false;
            ++p;
            continue;
        }
        int follow = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            follow = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            follow = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            follow = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= follow)
            return false;
        for (int i = 1; i <= follow; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((follow == 2 && cp < 0x800) || (follow == 3 && cp < 0x10000) || !isXmlChar(cp))
            return false;
        p += follow + 1;
    }
    return true;
}

size_t endOfLastClosingTag(QByteArrayView buffer, std::string_view local)
{
    const std::string_view b(buffer.data(), size_t(buffer.size()));
    const std::string needle = std::string(local) + '>';
    size_t at = b.size();
    while (at > 0) {
        at = b.rfind(needle, at - 1);
        if (at == std::string_view::npos || at < 2)
            return 0;
        size_t i = at;
        if (b[i - 1] == ':') { // a namespace prefix: </x:row>
            --i;
            while (i > 0 && b[i - 1] != '<' && b[i - 1] != '/' && !isXmlSpace(b[i - 1]) && b[i - 1] != '>')
                --i;
        }
        if (i >= 2 && b[i - 1] == '/' && b[i - 2] == '<')
            return at + needle.size();
    }
    return 0;
}

} // namespace gme::xlsx
