#include "TrainingYears.h"

#include "evidence/ContentSniffer.h"
#include "evidence/RequiredEvidence.h"
#include "export/SheetWords.h"

#include <QCoreApplication>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::TrainingYears)
};

} // namespace

QDate trainingEndFor(const QDate &start, int years)
{
    if (!start.isValid() || years < 1)
        return {};
    return start.addYears(years).addDays(-1);
}

bool trainingEndConsistent(const QDate &start, int years, const QDate &end)
{
    const QDate expected = trainingEndFor(start, years);
    if (!expected.isValid() || !end.isValid())
        return false;
    return end == expected || (end.year() == expected.year() && end.month() == expected.month());
}

std::optional<int> parseTrainingYears(const QString &text)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(' '));
    if (s.endsWith(QStringLiteral("年")))
        s.chop(1);
    static const QString words[] = {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")};
    for (int i = 0; i < 3; ++i)
        if (s == words[i] || (i == 1 && s == QStringLiteral("两")))
            return i + 1;
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || (v != 1.0 && v != 2.0 && v != 3.0))
        return std::nullopt;
    return int(v);
}

QString sheetYearsProblem(Track track, std::optional<int> storedYears, std::optional<int> approvedYears, int years)
{
    const int standard = standardTrainingYears(track);
    if (approvedYears && years != *approvedYears)
        return Text::tr("An approved reduction set %n year(s); the sheet cannot change that.", nullptr, *approvedYears);
    if (!approvedYears && years > standard && storedYears != years)
        return Text::tr("The %1 track trains %n year(s).", nullptr, standard).arg(sheetTrack(track));
    if (!approvedYears && years < standard && storedYears != years)
        return Text::tr("Fewer years than the standard %n need a reduction request with a PDF proof.", nullptr, standard);
    return {};
}

QString reductionRefusalText(ReductionRefusal r)
{
    switch (r) {
    case ReductionRefusal::None: return {};
    case ReductionRefusal::AssistantGpTrack:
        return Text::tr("Training years of the assistant general practitioner track cannot be reduced.");
    case ReductionRefusal::AlreadyRequested:
        return Text::tr("This trainee already has a reduction request; a trainee can ask for a reduction once.");
    case ReductionRefusal::YearsUnknown:
        return Text::tr("Record the trainee's training years and start date before asking for a reduction.");
    case ReductionRefusal::NotShorter:
        return Text::tr("A reduction must leave fewer years than the trainee has now.");
    case ReductionRefusal::OutOfRange:
        return Text::tr("A reduction leaves one or two years of training.");
    case ReductionRefusal::ProofNotPdf:
        return Text::tr("The proof must be a PDF file.");
    case ReductionRefusal::ProofDamaged:
        return Text::tr("The proof PDF is damaged, empty or password-protected.");
    case ReductionRefusal::ReasonMissing:
        return Text::tr("Give the reason for the reduction.");
    case ReductionRefusal::OutOfScope:
        return Text::tr("This trainee is not one of yours.");
    case ReductionRefusal::NotBase:
        return Text::tr("Only the trainee's base files a reduction request.");
    case ReductionRefusal::NotReturned:
        return Text::tr("This request is not returned to your base any more (someone changed it); reload and look again.");
    }
    return {};
}

ReductionRefusal checkReductionRule(const ReductionFacts &f, int toYears)
{
    if (f.track == Track::AssistantGp)
        return ReductionRefusal::AssistantGpTrack;
    if (f.hasRequest)
        return ReductionRefusal::AlreadyRequested;
    if (toYears < 1 || toYears > 2)
        return ReductionRefusal::OutOfRange;
    if (!f.currentYears || !f.trainingStart.isValid())
        return ReductionRefusal::YearsUnknown;
    if (toYears >= *f.currentYears)
        return ReductionRefusal::NotShorter;
    return ReductionRefusal::None;
}

ReductionRefusal checkReductionProof(const QByteArray &bytes, const QString &fileName)
{
    const ContentReport report = inspectContent(bytes, fileName, QStringLiteral("application/pdf"));
    if (report.type != ContentType::Pdf)
        return ReductionRefusal::ProofNotPdf;
    // Reviewers must be able to open it: cut-short and password-protected files are refused.
    if ((!report.findings.isEmpty() && worstSeverity(report.findings) == EvidenceFinding::Severity::Problem)
        || hasFinding(report.findings, ContentFinding::Encrypted))
        return ReductionRefusal::ProofDamaged;
    return ReductionRefusal::None;
}

} // namespace gme
