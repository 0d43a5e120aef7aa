#include "SharedStringsScan.h"

#include <QRegularExpression>

namespace gme::xlsx {

QString unescapeOoxml(QString s)
{
    if (!s.contains(QLatin1String("_x")))
        return s;
    static const QRegularExpression esc(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    for (auto it = esc.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(s).mid(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(s).mid(last);
    return out;
}

// The text of an <si> or <is> whose start tag was just read: plain <t> or rich-text runs,
// never the phonetic <rPh> guide. False when the general reader has to look.
bool readStringItem(Scanner &in, Tag &tag, std::string_view endLocal, std::string *text)
{
    text->clear();
    int phonetic = 0;
    for (;;) {
        if (in.next(tag, nullptr) != Scanner::Next::Tag)
            return false;
        if (tag.closing) {
            if (tag.local == "rPh")
                --phonetic;
            else if (tag.local == endLocal)
                return true;
            continue;
        }
        if (tag.local == "rPh") {
            if (!tag.empty)
                ++phonetic;
        } else if (tag.local == "t" && phonetic == 0 && !tag.empty) {
            if (!in.elementText("t", text))
                return false;
        }
    }
}

QString stringItemText(const std::string &utf8)
{
    QString s = fromUtf8(utf8);
    return utf8.find("_x") == std::string::npos ? s : unescapeOoxml(std::move(s));
}

struct SharedStringsScan::State
{
    QStringList strings;
    std::string text;
    bool started = false;
};

SharedStringsScan::SharedStringsScan() : m_state(std::make_unique<State>()) {}
SharedStringsScan::~SharedStringsScan() = default;

bool SharedStringsScan::feed(QByteArrayView piece, bool last)
{
    Q_UNUSED(last); // an item is never cut: each piece ends after </si>
    State &st = *m_state;
    if (!st.started) {
        st.started = true;
        if (!declaredUtf8(piece))
            return false;
    }
    Scanner in(piece);
    Tag tag;
    for (;;) {
        const Scanner::Next n = in.next(tag, nullptr);
        if (n == Scanner::Next::End)
            return true;
        if (n == Scanner::Next::Bad)
            return false;
        if (tag.closing)
            continue;
        if (tag.local == "sst") {
            bool ok = false;
            const int count = toInt(tag.attribute("uniqueCount"), &ok);
            if (ok && count > 0 && count < (1 << 24))
                st.strings.reserve(count);
        }
        if (tag.local != "si")
            continue;
        if (tag.empty) {
            st.strings.append(QString());
            continue;
        }
        if (!readStringItem(in, tag, "si", &st.text) || !validXmlText(st.text))
            return false; // includes an item cut off at the end of the last piece
        st.strings.append(stringItemText(st.text));
    }
}

QStringList SharedStringsScan::take() { return std::move(m_state->strings); }

} // namespace gme::xlsx
