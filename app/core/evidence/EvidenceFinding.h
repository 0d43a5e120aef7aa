#pragma once

#include <QList>
#include <QString>

namespace gme {

// One thing a reviewer should know about a file: a stable code for filters and tests, and a
// translated sentence for the screen.
struct EvidenceFinding
{
    enum class Severity {
        Note,    // worth knowing, nothing wrong (e.g. the name's extension differs from the content)
        Warning, // breaks a rule the reviewer checks (photo size, background, proportions)
        Problem  // the file cannot be trusted or shown as it is (empty, truncated, not a PDF, too large)
    };

    QString code;
    Severity severity = Severity::Warning;
    QString text;
};

using EvidenceFindings = QList<EvidenceFinding>;

inline bool hasFinding(const EvidenceFindings &findings, const QString &code)
{
    for (const EvidenceFinding &f : findings)
        if (f.code == code)
            return true;
    return false;
}

inline EvidenceFinding::Severity worstSeverity(const EvidenceFindings &findings)
{
    EvidenceFinding::Severity worst = EvidenceFinding::Severity::Note;
    for (const EvidenceFinding &f : findings)
        worst = qMax(worst, f.severity);
    return worst;
}

} // namespace gme
