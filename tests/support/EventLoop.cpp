#include "EventLoop.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace orglens::test {

void runQueuedEvents()
{
    // Queued calls run in the order they were posted: once this one has run, so has everything before it.
    bool reached = false;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [&reached] { reached = true; }, Qt::QueuedConnection);
    while (!reached)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
}

} // namespace orglens::test
