#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <vector>

namespace orglens {

// Source of "now", injectable so that expiry logic and waits are testable.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    // Calls `callback` from the event loop once now() has reached `at`; never after `context` is destroyed.
    virtual void callAt(const QDateTime &at, const QObject *context, std::function<void()> callback) const = 0;

    static const Clock &system();
};

// A clock that tests move by hand: moments waited for with callAt() come when the clock is moved past them.
class MovableClock : public Clock {
public:
    void callAt(const QDateTime &at, const QObject *context, std::function<void()> callback) const override;
    virtual void advance(std::chrono::milliseconds by) = 0;

protected:
    // Posts the callbacks whose moment has come to the event loop.
    void callDue() const;

private:
    struct Alarm {
        QDateTime at;
        QPointer<const QObject> context;
        std::function<void()> callback;
    };
    mutable std::vector<Alarm> m_alarms;
};

// Stands still at the moment it was given until set() or advance() moves it.
class FixedClock : public MovableClock {
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now);
    void advance(std::chrono::milliseconds by) override { set(m_now.addMSecs(by.count())); }

private:
    QDateTime m_now;
};

// The system time plus whatever advance() added: time runs as usual, and a test skips ahead instead of waiting.
class ShiftedClock : public MovableClock {
public:
    QDateTime now() const override;
    void callAt(const QDateTime &at, const QObject *context, std::function<void()> callback) const override;
    void advance(std::chrono::milliseconds by) override;

private:
    void wakeAt(const QDateTime &at) const; // calls callDue() when real time reaches `at`

    std::chrono::milliseconds m_shift{0};
    QObject m_timers; // context of the timers that notice real time reaching a moment
};

} // namespace orglens
