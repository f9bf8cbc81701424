#pragma once

#include <QByteArray>

namespace orglens::oauth {

// `bytes` bytes from the system CSPRNG (QRandomGenerator::system()), base64url without padding: for state, nonce and
// the PKCE code verifier.
QByteArray randomUrlSafe(int bytes = 32);

// RFC 7636: a code verifier of 43 characters (32 random bytes).
QByteArray makeCodeVerifier();

// RFC 7636 §4.2, method S256: base64url(SHA-256(ASCII(verifier))) without padding.
QByteArray codeChallengeS256(const QByteArray &verifier);

} // namespace orglens::oauth
