#pragma once

#include <QString>

// Custom Token Exchange's rules for a subject_token_type (reference §4): a URI the customer owns, https://… or
// urn:…, outside the prefixes Auth0 reserves (http(s)://auth0.com, http(s)://okta.com, urn:ietf, urn:auth0,
// urn:okta).

namespace orglens::oauth {

bool isReservedSubjectTokenType(const QString &type);
// https://… or urn:… and not reserved.
bool isUsableSubjectTokenType(const QString &type);

} // namespace orglens::oauth
