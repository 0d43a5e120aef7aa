#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstring>
#include <string>
#include <string_view>

namespace gme::xlsx {

// The XML tokenizer behind the fast worksheet and shared-string readers: exactly the XML those parts
// contain (elements, attributes, the five entities and character references, CDATA, comments,
// namespace prefixes), allocating only for the texts the caller keeps. Whatever it does not
// understand (another encoding, a DOCTYPE, markup inside a value, a document cut short) it reports
// as Bad, and the caller leaves the part to QXmlStreamReader.

inline bool isXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

inline bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// QString::toInt's answer for a value, without a QString for the usual plain digits.
inline int toInt(std::string_view s, bool *ok = nullptr)
{
    if (allDigits(s) && s.size() <= 9) {
        int v = 0;
        for (char c : s)
            v = v * 10 + (c - '0');
        if (ok)
            *ok = true;
        return v;
    }
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toInt(ok);
}

bool isXmlChar(char32_t c);
// Character data between tags: entities and character references decoded, line ends
// normalised as XML requires. False on an entity XML does not define without a DTD.
bool appendCharacterData(std::string &out, const char *p, const char *end);
// True when the part is UTF-8 (a BOM or a declaration may say so; nothing means UTF-8).
bool declaredUtf8(QByteArrayView xml);

struct Attribute
{
    std::string_view local;
    std::string_view value; // as written, entities not yet decoded
};

struct Tag
{
    std::string_view local;
    bool closing = false; // </x>
    bool empty = false;   // <x/>
    static constexpr int kMaxAttributes = 16;
    Attribute attributes[kMaxAttributes];
    int attributeCount = 0;

    std::string_view attribute(std::string_view name) const
    {
        for (int i = 0; i < attributeCount; ++i) {
            if (attributes[i].local == name)
                return attributes[i].value;
        }
        return {};
    }
};

inline std::string_view localName(std::string_view name)
{
    const size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView xml) : m_begin(xml.data()), m_p(xml.data()), m_end(xml.data() + xml.size()) {}

    enum class Next { Tag, End, Bad };

    // Moves to the next element tag. Character data on the way goes to `text` when given
    // (decoded), and is skipped otherwise; comments and processing instructions are skipped.
    Next next(Tag &tag, std::string *text)
    {
        for (;;) {
            const char *lt = static_cast<const char *>(std::memchr(m_p, '<', size_t(m_end - m_p)));
            if (!lt) {
                if (text && !appendCharacterData(*text, m_p, m_end))
                    return Next::Bad;
                m_p = m_end;
                return Next::End;
            }
            if (text && lt > m_p && !appendCharacterData(*text, m_p, lt))
                return Next::Bad;
            m_p = lt;
            if (m_end - m_p < 2)
                return Next::Bad;
            const char kind = m_p[1];
            if (kind == '?') {
                if (!skipPast("?>"))
                    return Next::Bad;
                continue;
            }
            if (kind == '!') {
                const std::string_view rest(m_p, size_t(m_end - m_p));
                if (rest.substr(0, 4) == "<!--") {
                    if (!skipPast("-->"))
                        return Next::Bad;
                    continue;
                }
                if (rest.substr(0, 9) == "<![CDATA[") {
                    const size_t close = rest.find("]]>", 9);
                    if (close == std::string_view::npos)
                        return Next::Bad;
                    if (text)
                        text->append(rest.substr(9, close - 9));
                    m_p += close + 3;
                    continue;
                }
                return Next::Bad; // a DOCTYPE may declare entities: the general reader's job
            }
            return readTag(tag) ? Next::Tag : Next::Bad;
        }
    }

    // The text of an element whose start tag was just read, up to its end tag. False when
    // markup other than comments and CDATA sits inside (QXmlStreamReader calls that an error).
    bool elementText(std::string_view local, std::string *text)
    {
        return next(m_scratch, text) == Next::Tag && m_scratch.closing && m_scratch.local == local;
    }

    qint64 offset() const { return m_p - m_begin; }

private:
    bool skipPast(std::string_view marker)
    {
        const std::string_view rest(m_p, size_t(m_end - m_p));
        const size_t at = rest.find(marker, 2);
        if (at == std::string_view::npos)
            return false;
        m_p += at + marker.size();
        return true;
    }

    static bool nameEnds(char c) { return isXmlSpace(c) || c == '/' || c == '>' || c == '='; }

    bool readTag(Tag &tag)
    {
        const char *p = m_p + 1;
        tag.closing = *p == '/';
        tag.empty = false;
        tag.attributeCount = 0;
        if (tag.closing)
            ++p;
        const char *name = p;
        while (p < m_end && !nameEnds(*p))
            ++p;
        if (p == name || p >= m_end)
            return false;
        tag.local = localName(std::string_view(name, size_t(p - name)));
        for (;;) {
            while (p < m_end && isXmlSpace(*p))
                ++p;
            if (p >= m_end)
                return false;
            if (*p == '>') {
                m_p = p + 1;
                return true;
            }
            if (*p == '/') {
                if (tag.closing || p + 1 >= m_end || p[1] != '>')
                    return false;
                tag.empty = true;
                m_p = p + 2;
                return true;
            }
            if (tag.closing)
                return false;
            const char *attrName = p;
            while (p < m_end && !nameEnds(*p))
                ++p;
            if (p == attrName)
                return false;
            const std::string_view attrLocal = localName(std::string_view(attrName, size_t(p - attrName)));
            while (p < m_end && isXmlSpace(*p))
                ++p;
            if (p >= m_end || *p != '=')
                return false;
            ++p;
            while (p < m_end && isXmlSpace(*p))
                ++p;
            if (p >= m_end || (*p != '"' && *p != '\''))
                return false;
            const char quote = *p++;
            const char *close = static_cast<const char *>(std::memchr(p, quote, size_t(m_end - p)));
            if (!close || std::memchr(p, '<', size_t(close - p)))
                return false;
            if (tag.attributeCount == Tag::kMaxAttributes)
                return false;
            tag.attributes[tag.attributeCount++] = {attrLocal, std::string_view(p, size_t(close - p))};
            p = close + 1;
        }
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    Tag m_scratch;
};

// An attribute value with its entities decoded (they almost never occur in r, t or s).
std::string_view decodedAttribute(std::string_view raw, std::string *storage);

inline QString fromUtf8(std::string_view s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }

// Well-formed UTF-8 of characters XML allows. QXmlStreamReader calls anything else a damaged
// document; the fast readers leave such text to it, so both readers answer the same.
bool validXmlText(std::string_view text);

// The parts are unpacked and scanned piece by piece, each piece ending just after a closing tag
// (</row>, </si>), so no element is ever cut and a 100 MB sheet never sits in memory as XML.
// Where in `buffer` the last closing tag named `local` ends; 0 when there is none.
size_t endOfLastClosingTag(QByteArrayView buffer, std::string_view local);

} // namespace gme::xlsx
