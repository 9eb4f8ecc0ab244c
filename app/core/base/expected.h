#pragma once

#include <utility>
#include <variant>

namespace wsdash {

// A value or the reason there is none: errors are values, never sentinels.
// A small stand-in for C++23 std::expected. Its implicit move assignment is std::variant's,
// noexcept exactly when T's and E's moves are.
// NOLINTNEXTLINE(bugprone-exception-escape)
template <typename T, typename E> class Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Expected(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

} // namespace wsdash
