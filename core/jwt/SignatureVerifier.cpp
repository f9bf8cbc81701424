#include "SignatureVerifier.h"

#include "JwsAlgorithm.h"
#include "PublicKey.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/ec.h>

#include <memory>

namespace orglens::jwt {

namespace {

// The translation context of this file's messages.
struct SignatureVerifier {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::SignatureVerifier)
};

struct EcdsaSigFree {
    void operator()(ECDSA_SIG *signature) const { ECDSA_SIG_free(signature); }
};

// JOSE ECDSA signatures are r||s, each `size` bytes (RFC 7518 §3.4); OpenSSL wants a DER ECDSA-Sig-Value.
QByteArray joseToDer(const QByteArray &signature, int size)
{
    std::unique_ptr<ECDSA_SIG, EcdsaSigFree> sig(ECDSA_SIG_new());
    const auto *bytes = reinterpret_cast<const unsigned char *>(signature.constData());
    BIGNUM *r = BN_bin2bn(bytes, size, nullptr);
    BIGNUM *s = BN_bin2bn(bytes + size, size, nullptr);
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
        BN_free(r);
        BN_free(s);
        return {};
    }
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    QByteArray der(length > 0 ? length : 0, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig.get(), &out);
    return der;
}

// Why `key` cannot verify `algorithm`, or an empty string when it can.
QString keyMismatch(const Jwk &key, const JwsAlgorithm &algorithm)
{
    const bool typeFits = algorithm.curve ? key.crv == QLatin1String(algorithm.curve) : key.kty == QLatin1String("RSA");
    if (!typeFits) {
        const QString needed = algorithm.curve ? SignatureVerifier::tr("a %1 key").arg(QLatin1String(algorithm.curve))
                                               : SignatureVerifier::tr("an RSA key");
        return SignatureVerifier::tr("%1 needs %2, but the JWKS key is a %3 (key confusion refused)")
            .arg(QLatin1String(algorithm.name), needed, key.description);
    }
    if (!key.alg.isEmpty() && key.alg != QLatin1String(algorithm.name)) {
        return SignatureVerifier::tr(
                   "the JWKS key %1 is for %2 only, but the token says %3 (algorithm substitution refused)")
            .arg(key.description, key.alg, QLatin1String(algorithm.name));
    }
    return {};
}

// Header parameters that could point at other keys; ignored by design (RFC 8725 §3.10).
QString ignoredKeyReferences(const QJsonObject &header)
{
    QStringList present;
    for (const char *name : {"jku", "x5u", "jwk", "x5c"}) {
        if (header.contains(QLatin1String(name)))
            present << QStringLiteral("'%1'").arg(QLatin1String(name));
    }
    if (present.isEmpty())
        return {};
    return SignatureVerifier::tr("The token's %1 header parameter(s) were ignored: OrgLens never fetches or trusts "
                                 "keys named by the token itself, only the configured issuer's JWKS.")
        .arg(present.join(QLatin1String(", ")));
}

SignatureResult verifyWithCandidates(const DecodedToken &token, const JwsAlgorithm &algorithm,
                                     const QList<const Jwk *> &candidates)
{
    SignatureResult result;
    result.alg = token.alg();
    result.kid = token.kid();
    QByteArray signature = token.signature;
    if (algorithm.family == KeyFamily::Ec || algorithm.family == KeyFamily::Okp) {
        const int expected = 2 * algorithm.coordinateSize;
        if (signature.size() != expected) {
            result.checked = true;
            result.reason =
                SignatureVerifier::tr("The %1 signature is %2 bytes long; it must be exactly %3 (r and s, %4 bytes "
                                      "each, RFC 7518 §3.4). A DER-encoded signature is not valid in a JWS.")
                    .arg(result.alg)
                    .arg(signature.size())
                    .arg(expected)
                    .arg(algorithm.coordinateSize);
            if (algorithm.family == KeyFamily::Okp)
                result.reason =
                    SignatureVerifier::tr("The EdDSA signature is %1 bytes long; an Ed25519 signature is 64.")
                        .arg(signature.size());
            return result;
        }
        if (algorithm.family == KeyFamily::Ec)
            signature = joseToDer(signature, algorithm.coordinateSize);
    }
    result.checked = true;
    for (const Jwk *key : candidates) {
        if (key->publicKey->verify(algorithm, token.signingInput, signature)) {
            result.valid = true;
            result.kid = key->kid;
            result.reason =
                SignatureVerifier::tr("Signature verified with the %1 (%2).").arg(key->description, result.alg);
            return result;
        }
    }
    result.reason =
        candidates.size() == 1
            ? SignatureVerifier::tr(
                  "Invalid signature: it does not match the %1. The token was altered or signed by another key.")
                  .arg(candidates.first()->description)
            : SignatureVerifier::tr("Invalid signature: it matches none of the %1 keys of the JWKS that fit %2.")
                  .arg(candidates.size())
                  .arg(result.alg);
    return result;
}

SignatureResult verifyAllowed(const DecodedToken &token, const JwsAlgorithm &algorithm, const JwkSet &keys)
{
    SignatureResult result;
    result.alg = token.alg();
    result.kid = token.kid();
    if (keys.isEmpty()) {
        result.reason = SignatureVerifier::tr("The JWKS has no usable key, so the signature cannot be checked.");
        return result;
    }

    QList<const Jwk *> candidates;
    if (token.header.contains(QLatin1String("kid"))) {
        QString mismatch;
        for (const Jwk &key : keys.keys()) {
            if (key.kid != result.kid)
                continue;
            const QString why = keyMismatch(key, algorithm);
            if (why.isEmpty())
                candidates << &key;
            else
                mismatch = why;
        }
        if (candidates.isEmpty() && !mismatch.isEmpty()) {
            // The token names a key that cannot have made this signature: a forgery attempt or a broken issuer.
            result.checked = true;
            result.reason = SignatureVerifier::tr("Invalid: %1.").arg(mismatch);
            return result;
        }
        if (candidates.isEmpty()) {
            result.reason = SignatureVerifier::tr("There is no key with kid %1 in the JWKS (the issuer may have "
                                                  "rotated its keys: refreshing the JWKS may help).")
                                .arg(result.kid);
            return result;
        }
    } else {
        for (const Jwk &key : keys.keys()) {
            if (keyMismatch(key, algorithm).isEmpty())
                candidates << &key;
        }
        if (candidates.isEmpty()) {
            result.reason =
                SignatureVerifier::tr("The token has no kid and the JWKS has no key that fits %1.").arg(result.alg);
            return result;
        }
    }
    return verifyWithCandidates(token, algorithm, candidates);
}

} // namespace

QJsonObject SignatureResult::toJson() const
{
    return QJsonObject{{QLatin1String("checked"), checked},
                       {QLatin1String("valid"), valid},
                       {QLatin1String("alg"), alg},
                       {QLatin1String("kid"), kid},
                       {QLatin1String("reason"), reason}};
}

ValidationCheck SignatureResult::asCheck() const
{
    return {QStringLiteral("signature"), valid ? ValidationCheck::Status::Pass : ValidationCheck::Status::Fail, reason};
}

SignatureResult verifySignature(const DecodedToken &token, const JwkSet &keys)
{
    SignatureResult result;
    const QString alg = token.alg();
    if (isUnsignedAlgorithm(alg)) {
        result.alg = alg;
        result.kid = token.kid();
        result.reason =
            SignatureVerifier::tr("alg '%1' means unsigned: refused. Anyone can forge such a token.").arg(alg);
    } else if (isHmacAlgorithm(alg)) {
        result.alg = alg;
        result.kid = token.kid();
        result.reason = SignatureVerifier::tr(
                            "%1 is a shared-secret algorithm; a public JWKS cannot verify it (possible key-confusion "
                            "attack). Auth0 signs with RS256 unless the application is configured for HS256.")
                            .arg(alg);
    } else if (const JwsAlgorithm *algorithm = findJwsAlgorithm(alg)) {
        result = verifyAllowed(token, *algorithm, keys);
    } else {
        result.alg = alg;
        result.kid = token.kid();
        result.reason = SignatureVerifier::tr("alg '%1' is not supported; OrgLens verifies %2.")
                            .arg(alg, supportedAlgorithmNames());
    }
    const QString ignored = ignoredKeyReferences(token.header);
    if (!ignored.isEmpty())
        result.reason += QLatin1Char(' ') + ignored;
    return result;
}

} // namespace orglens::jwt
