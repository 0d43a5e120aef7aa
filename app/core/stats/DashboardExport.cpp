#include "DashboardExport.h"

#include "export/XlsxWriter.h"

#include <QCoreApplication>
#include <QLocale>

namespace gme {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gme::Dashboard)
};

const QList<State> kFunnelStates = {State::Submitted, State::BasePassed, State::CityPassed, State::FinalPassed,
                                    State::Returned,  State::Rejected,   State::Cancelled};

// Rows go down the sheet in order (the writer streams them).
class BlockWriter
{
public:
    explicit BlockWriter(XlsxWriter &out) : m_out(out) {}
    int row() const { return m_row; }
    void title(const QString &text) { m_out.writeTitle(m_row++, 6, text); }
    void heading(const QString &text) { m_out.writeText(m_row++, 0, text); }
    void header(const QStringList &labels) { m_out.writeHeader(m_row++, labels); }
    void gap() { ++m_row; }
    void line(const QStringList &texts, const QList<int> &numbers)
    {
        int c = 0;
        for (const QString &t : texts)
            m_out.writeText(m_row, c++, t);
        for (int n : numbers)
            m_out.writeNumber(m_row, c++, n);
        ++m_row;
    }

private:
    XlsxWriter &m_out;
    int m_row = 0;
};

void writeFunnel(BlockWriter &w, const QString &heading, const QList<FunnelRow> &rows, bool withCity)
{
    w.heading(heading);
    QStringList header;
    if (withCity)
        header << Text::tr("City / school authority");
    header << (withCity ? Text::tr("Training base") : Text::tr("City / school authority"));
    for (State s : kFunnelStates)
        header << stateName(s);
    header << Text::tr("Total");
    w.header(header);
    std::array<int, kStateCount> sums{};
    for (const FunnelRow &r : rows) {
        QList<int> numbers;
        for (State s : kFunnelStates) {
            numbers << r.count(s);
            sums[size_t(s)] += r.count(s);
        }
        numbers << r.total();
        w.line(withCity ? QStringList{r.city, r.name} : QStringList{r.name}, numbers);
    }
    QList<int> numbers;
    int total = 0;
    for (State s : kFunnelStates) {
        numbers << sums[size_t(s)];
        total += sums[size_t(s)];
    }
    numbers << total;
    w.line(withCity ? QStringList{Text::tr("Total"), QString()} : QStringList{Text::tr("Total")}, numbers);
    w.gap();
}

QString waitingLabel(State s)
{
    switch (s) {
    case State::Submitted: return Text::tr("Waiting for base review");
    case State::BasePassed: return Text::tr("Waiting for second review");
    case State::CityPassed: return Text::tr("Waiting for final review");
    case State::Returned: return Text::tr("Returned, waiting for the trainee");
    default: return stateName(s);
    }
}

} // namespace

bool exportDashboard(const DashboardFigures &f, const QString &path, QString *error)
{
    XlsxWriter out(path, Text::tr("Dashboard"));
    if (!out.isOpen()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    out.setColumnWidth(0, 26);
    out.setColumnWidth(1, 30);
    for (int c = 2; c < 10; ++c)
        out.setColumnWidth(c, 14);
    BlockWriter w(out);
    w.title(Text::tr("%1 — figures as of %2").arg(f.batchName, QLocale().toString(f.computedAt, QStringLiteral("yyyy-MM-dd HH:mm"))));
    w.gap();

    writeFunnel(w, Text::tr("Registrations by city and state"), f.byCity, false);
    writeFunnel(w, Text::tr("Registrations by training base and state"), f.byBase, true);

    w.heading(Text::tr("Items waiting, by time since they entered their state"));
    QStringList header{Text::tr("Waiting")};
    for (int b = 0; b < kAgeBucketCount; ++b)
        header << DashboardStats::bucketName(AgeBucket(b));
    header << Text::tr("Total");
    w.header(header);
    for (const AgeingRow &r : f.ageing) {
        QList<int> numbers(r.counts.begin(), r.counts.end());
        numbers << r.total();
        w.line({waitingLabel(r.state)}, numbers);
    }
    w.gap();

    w.heading(Text::tr("Stage windows closing within %n day(s)", nullptr, f.closingDays));
    w.header({Text::tr("Exam batch"), Text::tr("Stage"), Text::tr("Opens"), Text::tr("Closes"), Text::tr("Still waiting")});
    for (const ClosingWindow &c : f.closing)
        w.line({c.batchName, stageName(c.stage), c.opensAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                c.closesAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
               {c.waiting});
    if (f.closing.isEmpty())
        w.line({Text::tr("None")}, {});
    w.gap();

    w.heading(Text::tr("Reasons given for returns and rejections (most frequent 20 of each)"));
    w.header({Text::tr("Action"), Text::tr("Reason"), Text::tr("Count")});
    for (const ReasonCount &r : f.reasons)
        w.line({actionName(r.action), r.reason}, {r.count});
    if (f.reasons.isEmpty())
        w.line({Text::tr("None")}, {});

    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace gme
