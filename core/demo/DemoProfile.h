#pragma once

#include "profiles/ProfileDirectory.h"

namespace orglens::demo {

// The session profile of the built-in demo tenant at `issuer` (its seed clients; see README.md in this folder):
// native client demo-native, the Orders API, the exchange client demo-exchange and the M2M client demo-m2m with
// their secrets kept in memory only. Nothing of it is saved.
profiles::SessionProfile demoSessionProfile(const QUrl &issuer);

// The first-run hint of the demo tenant: the seed users to sign in as and their password.
QString demoSignInHint();

} // namespace orglens::demo
