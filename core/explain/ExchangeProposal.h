#pragma once

#include "profiles/Profile.h"

namespace orglens::explain {

// The parameters of a Custom Token Exchange the user reviews before it is sent.
struct ExchangeParameters {
    QString audience;
    QString scope;
    QString organization; // empty: none sent (the exchange Action may set one itself)
};

// What OrgLens proposes for exchanging `subjectToken` with `profile`'s exchange application: the profile's audience
// and scope, and the organization the token itself names — its org_id, else the org claim under the profile's
// namespace (what the exchange Action reads), else any namespaced org claim; none for a token that names none.
ExchangeParameters proposeExchange(const profiles::Profile &profile, const QString &subjectToken);

} // namespace orglens::explain
