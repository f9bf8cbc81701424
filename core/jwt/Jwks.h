#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace orglens::jwt {

class PublicKey; // OpenSSL key, see jwt/PublicKey.h (core-internal)

// One usable public key of a JWK Set, with its OpenSSL key already built.
struct Jwk {
    QString kid;
    QString kty; // "RSA", "EC" or "OKP"
    QString alg; // empty when the JWK names none
    QString use; // empty or "sig"
    QString crv; // "P-256", "P-384", "P-521", "Ed25519"; empty for RSA
    int bits = 0;
    std::shared_ptr<const PublicKey> publicKey; // never null in a JwkSet

    // "RSA 2048-bit key 'abc'", for messages; set once when the key is parsed (every verification reports it).
    QString description;
};

// The usable keys of a JWKS plus, for every key that was skipped, why.
class JwkSet {
public:
    JwkSet() = default;
    JwkSet(QList<Jwk> keys, QStringList problems) : m_keys(std::move(keys)), m_problems(std::move(problems)) {}

    const QList<Jwk> &keys() const { return m_keys; }
    // One message per skipped key: "key 2 (kid abc): 'n' is not valid base64url; key skipped."
    const QStringList &problems() const { return m_problems; }
    bool isEmpty() const { return m_keys.isEmpty(); }
    bool containsKid(const QString &kid) const;

private:
    QList<Jwk> m_keys;
    QStringList m_problems;
};

// Error codes of parseJwks / loadJwksFile (Error::code).
namespace JwksError {
inline constexpr auto Json = "jwks-json";                 // not JSON, or not the shape of a JWKS or a JWK
inline constexpr auto NoUsableKey = "jwks-no-usable-key"; // every key was skipped (message lists why)
inline constexpr auto File = "jwks-file";                 // the file cannot be read
} // namespace JwksError

// Parses a JWK Set ({"keys": [...]}, RFC 7517 §5) or a single JWK object. Keys are numbered from 1
// in messages. Skipped (with a reason in problems()): unknown kty, symmetric "oct" keys, keys holding
// private material, keys for encryption ("use": "enc"), unsupported curves, RSA keys under 2048 bits,
// malformed parameters, and keys whose "alg" does not fit their type. A document in which no key is
// usable is an error listing every reason; an empty "keys" array is a valid, empty set.
Result<JwkSet> parseJwks(const QByteArray &json);

} // namespace orglens::jwt
