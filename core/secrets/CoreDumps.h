#pragma once

namespace orglens {

// Keeps tokens and client secrets out of core files: sets the core file size limit (soft and hard) to 0 and, in
// release builds, marks the process non-dumpable (which also blocks other processes of the user from reading its
// memory). Call first thing in main(). Returns false if the limit could not be set.
bool disableCoreDumps();

} // namespace orglens
