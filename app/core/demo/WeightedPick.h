#pragma once

#include <QList>
#include <QRandomGenerator>

#include <algorithm>

namespace gme::demo {

// Picks an index with probability proportional to its weight, from a seeded generator.
class WeightedPick
{
public:
    WeightedPick() = default;
    explicit WeightedPick(const QList<int> &weights)
    {
        int sum = 0;
        for (int w : weights)
            m_cumulative.append(sum += w);
    }
    int operator()(QRandomGenerator &rng) const
    {
        const int r = int(rng.bounded(m_cumulative.back()));
        return int(std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), r) - m_cumulative.cbegin());
    }

private:
    QList<int> m_cumulative;
};

// A uniform pick from a list.
template <typename List>
const auto &pickFrom(const List &list, QRandomGenerator &rng)
{
    return list.at(qsizetype(rng.bounded(int(list.size()))));
}

// True with probability `percent` / 100.
inline bool chance(QRandomGenerator &rng, int percent) { return int(rng.bounded(100)) < percent; }

} // namespace gme::demo
