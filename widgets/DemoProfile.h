#pragma once

#include "AppContext.h"

namespace orglens::widgets {

// The session profile of the built-in demo tenant at `issuer` (its seed clients; see core/demo/README.md):
// native client demo-native, the Orders API, the exchange client demo-exchange and the M2M client demo-m2m with
// their secrets kept in memory only. Nothing of it is saved.
SessionProfile demoSessionProfile(const QUrl &issuer);

} // namespace orglens::widgets
