#include "secrets/CoreDumps.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace orglens {

bool disableCoreDumps()
{
    const rlimit none{0, 0};
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
#ifdef NDEBUG
    // Debug builds stay attachable for debuggers.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    return limited;
}

} // namespace orglens
