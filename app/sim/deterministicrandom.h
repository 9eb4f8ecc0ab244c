#pragma once

#include <cstdint>
#include <initializer_list>

namespace wsdash::sim {

// SplitMix64: a fast, well-mixed 64-bit hash whose output is the same on every platform and
// compiler (unlike the std:: distributions), so that a seed gives the same fleet everywhere.
constexpr std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// A hash of several values, order-sensitive.
constexpr std::uint64_t hashOf(std::initializer_list<std::uint64_t> values)
{
    std::uint64_t h = 0x6A09E667F3BCC909ULL;
    for (const std::uint64_t v : values)
        h = mix64(h ^ v);
    return h;
}

// A sequential generator on top of mix64.
class DeterministicRandom final
{
public:
    explicit DeterministicRandom(std::uint64_t seed)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix64(m_state);
    }
    // Uniform in [0, bound); bound > 0. The tiny modulo bias does not matter here.
    std::uint32_t below(std::uint32_t bound) { return static_cast<std::uint32_t>(next() % bound); }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

private:
    std::uint64_t m_state;
};

} // namespace wsdash::sim
