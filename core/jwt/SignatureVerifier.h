#pragma once

#include "jwt/ClaimValidator.h"
#include "jwt/Jwks.h"
#include "jwt/TokenDecoder.h"

#include <QJsonObject>
#include <QString>

namespace orglens::jwt {

// The outcome of checking a token's signature against a JWKS.
//   checked=true,  valid=true:  the signature was verified with the key named in `kid`.
//   checked=true,  valid=false: the signature is wrong (or the key the token names cannot have made it).
//   checked=false:              no verdict: alg "none" or HS*, unsupported alg, no suitable key (an
//                               unknown kid may mean the JWKS needs refreshing). `reason` says which.
struct SignatureResult {
    bool checked = false;
    bool valid = false;
    QString alg;    // the token's alg
    QString kid;    // the kid of the key that verified it, else the token's kid
    QString reason; // user-facing explanation, including notes on ignored header parameters

    // {"checked", "valid", "alg", "kid", "reason"}
    QJsonObject toJson() const;
    // The signature as the first check of a ValidationReport ("signature": pass or fail, the reason as detail), so
    // that the report's `passed` means "the token can be trusted": genuine and its claims as expected.
    ValidationCheck asCheck() const;
};

// Verifies a compact JWS with the keys of `keys`. Only the algorithms of JwsAlgorithm.h are accepted;
// the key must fit the algorithm (kty, crv and the key's own alg), which blocks key confusion. With a
// kid, only keys with that kid are used; without one, every key of the right type is tried.
// The header parameters jku, x5u, jwk and x5c are never followed or used: keys come only from `keys`.
// Cheap: the keys are built when the JWKS is parsed; this does one EVP_DigestVerify per key tried.
SignatureResult verifySignature(const DecodedToken &token, const JwkSet &keys);

} // namespace orglens::jwt
