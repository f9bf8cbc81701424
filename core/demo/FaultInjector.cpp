#include "FaultInjector.h"

#include <QtGlobal>

namespace orglens::demo {

FaultInjector::FaultInjector(double failRate, quint32 seed, int slowMs)
    : m_failRate(qBound(0.0, failRate, 1.0)), m_slowMs(qMax(0, slowMs)), m_random(seed)
{
}

FaultInjector::Decision FaultInjector::next()
{
    // generateDouble() is in [0, 1): a rate of 1 fails every request, a rate of 0 none.
    const bool fail = m_random.generateDouble() < m_failRate;
    return {fail, m_slowMs, ++m_sequence};
}

ManagementError FaultInjector::faultError()
{
    return {500, QStringLiteral("Internal error (injected by the demo tenant's fault injection)"),
            QStringLiteral("internal_error")};
}

} // namespace orglens::demo
