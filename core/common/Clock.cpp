#include "Clock.h"

#include <QTimer>

#include <algorithm>

namespace orglens {

namespace {

std::chrono::milliseconds timeUntil(const Clock &clock, const QDateTime &at)
{
    return std::chrono::milliseconds(std::max<qint64>(0, clock.now().msecsTo(at)));
}

class SystemClock : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    void callAt(const QDateTime &at, const QObject *context, std::function<void()> callback) const override
    {
        QTimer::singleShot(timeUntil(*this, at), context, std::move(callback));
    }
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

void MovableClock::callAt(const QDateTime &at, const QObject *context, std::function<void()> callback) const
{
    m_alarms.push_back({at, context, std::move(callback)});
    callDue(); // a moment already past comes at once, as with a timer of 0 ms
}

void MovableClock::callDue() const
{
    const QDateTime current = now();
    std::vector<Alarm> waiting;
    std::vector<Alarm> due;
    for (Alarm &alarm : m_alarms) {
        if (alarm.context) // an alarm whose context is gone is dropped
            (alarm.at <= current ? due : waiting).push_back(std::move(alarm));
    }
    m_alarms = std::move(waiting);
    for (Alarm &alarm : due)
        QTimer::singleShot(0, alarm.context.data(), std::move(alarm.callback));
}

void FixedClock::set(QDateTime now)
{
    m_now = std::move(now);
    callDue();
}

QDateTime ShiftedClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_shift.count());
}

void ShiftedClock::callAt(const QDateTime &at, const QObject *context, std::function<void()> callback) const
{
    MovableClock::callAt(at, context, std::move(callback));
    wakeAt(at);
}

void ShiftedClock::wakeAt(const QDateTime &at) const
{
    QTimer::singleShot(timeUntil(*this, at), Qt::PreciseTimer, &m_timers, [this, at] {
        if (now() < at)
            wakeAt(at); // a timer may end a little early
        else
            callDue();
    });
}

void ShiftedClock::advance(std::chrono::milliseconds by)
{
    m_shift += by;
    callDue();
}

} // namespace orglens
