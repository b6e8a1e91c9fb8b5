#pragma once

#include <QtGlobal>

#include <cmath>

namespace tollgate
{

// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64). The synthetic
// portfolio owns one so that a seed always gives the same document, on every platform and
// Qt version — which QRandomGenerator does not promise across releases.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n) for n > 0, by multiplying the high 32 bits (no modulo bias worth
    // mentioning at these table sizes, and no division).
    int below(int n)
    {
        const quint64 high = next() >> 32;
        return static_cast<int>((high * static_cast<quint64>(n)) >> 32);
    }

    // Uniform in [lo, hi] inclusive.
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }

    // Log-uniform in [lo, hi): for sizes and money, where each decade is as likely as the next.
    double logUniform(double lo, double hi) { return lo * std::pow(hi / lo, unit()); }

    bool chance(double p) { return unit() < p; }

    // A bell-shaped value in (-1.5, 1.5) with standard deviation 0.5: the sum of three
    // uniforms, cheap and bounded, so no score is ever pushed absurdly far.
    double bell() { return unit() + unit() + unit() - 1.5; }

    // An index drawn with the given integer weights (all >= 0, at least one > 0).
    template <typename Weights>
    int weighted(const Weights& weights, int total)
    {
        int r = below(total);
        int i = 0;
        for (const int w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1;
    }

private:
    quint64 m_state;
};

} // namespace tollgate
