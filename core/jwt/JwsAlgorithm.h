#pragma once

#include <QStringView>

namespace orglens::jwt {

// The key type (JWK "kty") an algorithm needs.
enum class KeyFamily { Rsa, Ec, Okp };

// A JWS algorithm OrgLens verifies with a public key (RFC 7518 §3, RFC 8037 §3.1).
struct JwsAlgorithm {
    const char *name; // "RS256", "PS384", "ES512", "EdDSA"
    KeyFamily family;
    const char *digest; // OpenSSL digest name; nullptr for EdDSA (hashes internally)
    bool pss;           // RSASSA-PSS, MGF1 with the same hash, salt length = hash length
    const char *curve;  // JWK "crv" the key must have; nullptr for RSA
    int coordinateSize; // bytes of one EC coordinate, of r and of s; 32 for Ed25519; 0 for RSA
};

// The allow-list: RS256/384/512, PS256/384/512, ES256/384/512, EdDSA (Ed25519 only).
// Returns nullptr for anything else, in particular "none" and the HMAC algorithms HS256/384/512.
const JwsAlgorithm *findJwsAlgorithm(QStringView name);

// True for "none" in any letter case: unsigned tokens.
bool isUnsignedAlgorithm(QStringView name);
// True for HS256/HS384/HS512: shared-secret algorithms that a public key can never verify.
bool isHmacAlgorithm(QStringView name);

// The names of the allow-list, for messages: "RS256, RS384, ...".
QString supportedAlgorithmNames();

} // namespace orglens::jwt
