#pragma once

#include "ManagementError.h"

#include <QRandomGenerator>

namespace orglens::demo {

// Simulates an unreliable Management API: a seeded, deterministic sequence decides which requests are answered
// with a 500, and every request can be delayed by a fixed latency. The same seed and rate always give the same
// sequence, so a failing run can be replayed.
class FaultInjector {
public:
    struct Decision {
        bool fail = false;
        int delayMs = 0;
        quint64 sequence = 0; // 1 for the first request
    };

    // failRate is clamped to [0, 1] and slowMs to >= 0.
    FaultInjector(double failRate, quint32 seed, int slowMs = 0);

    // Decides the fate of the next request; draws exactly one number per call.
    Decision next();

    double failRate() const { return m_failRate; }
    int slowMs() const { return m_slowMs; }

    // The 500 body of an injected fault.
    static ManagementError faultError();

private:
    const double m_failRate;
    const int m_slowMs;
    QRandomGenerator m_random;
    quint64 m_sequence = 0;
};

} // namespace orglens::demo
