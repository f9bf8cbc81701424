#pragma once

namespace orglens::test {

// Runs the event loop until everything already queued in it has been handled: posted events, queued signals and
// calls, 0 ms timers, and sockets that are ready (a local connection already made is accepted). A check that
// something did NOT happen then covers what the code left to the event loop too, without waiting a guessed time.
void runQueuedEvents();

} // namespace orglens::test
