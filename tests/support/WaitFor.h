#pragma once

// Waits for an asynchronous call's answer with the event loop running.
#include <QTest>

#include <functional>
#include <optional>

namespace orglens::test {

// Starts the call with a completion callback and returns what it was called with; fails the test run when no answer
// comes within `ms`.
template <typename T> T waitFor(const std::function<void(std::function<void(const T &)>)> &start, int ms = 60000)
{
    std::optional<T> result;
    start([&result](const T &value) { result = value; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        qFatal("no answer within %d ms", ms);
    return *result;
}

} // namespace orglens::test
