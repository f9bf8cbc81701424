#include "Jwks.h"

#include "JwsAlgorithm.h"
#include "PublicKey.h"
#include "TokenDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <openssl/core_names.h>
#include <openssl/param_build.h>

namespace orglens::jwt {

namespace {

// The translation context of this file's messages.
struct Jwks {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::Jwks)
};

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *pointer) const { Free(pointer); }
};
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;

constexpr int MinimumRsaBits = 2048; // RFC 7518 §3.3 and §3.5

struct CurveInfo {
    const char *jwkName;
    const char *opensslGroup;
    int coordinateSize;
};
constexpr CurveInfo EcCurves[] = {
    {"P-256", "prime256v1", 32},
    {"P-384", "secp384r1", 48},
    {"P-521", "secp521r1", 66},
};

// Builds a public EVP_PKEY of `type` ("RSA", "EC", "ED25519") from OSSL_PARAMs.
std::shared_ptr<const PublicKey> keyFromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    Params params(OSSL_PARAM_BLD_to_param(builder));
    PkeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return nullptr;
    }
    return std::make_shared<const PublicKey>(key);
}

// A required base64url member of a JWK, decoded. Padding is refused: JWK values never carry it.
Result<QByteArray> keyParameter(const QJsonObject &jwk, const char *name)
{
    const QString member = QLatin1String(name);
    const QJsonValue value = jwk.value(member);
    if (value.isUndefined())
        return Error{QString::fromLatin1(JwksError::Json), Jwks::tr("'%1' is missing").arg(member)};
    if (!value.isString())
        return Error{QString::fromLatin1(JwksError::Json), Jwks::tr("'%1' is not a string").arg(member)};
    const QByteArray text = value.toString().toLatin1();
    auto decoded = decodeBase64Url(text, member);
    if (text.isEmpty() || text.contains('=') || !decoded)
        return Error{QString::fromLatin1(JwksError::Json), Jwks::tr("'%1' is not valid base64url").arg(member)};
    return decoded;
}

Result<std::shared_ptr<const PublicKey>> rsaKey(const QJsonObject &jwk)
{
    auto n = keyParameter(jwk, "n");
    if (!n)
        return n.error();
    auto e = keyParameter(jwk, "e");
    if (!e)
        return e.error();
    BigNum modulus(BN_bin2bn(reinterpret_cast<const unsigned char *>(n->constData()), int(n->size()), nullptr));
    BigNum exponent(BN_bin2bn(reinterpret_cast<const unsigned char *>(e->constData()), int(e->size()), nullptr));
    const int bits = BN_num_bits(modulus.get());
    if (bits < MinimumRsaBits) {
        return Error{QString::fromLatin1(JwksError::Json),
                     Jwks::tr("the RSA modulus has %1 bits; at least %2 are required").arg(bits).arg(MinimumRsaBits)};
    }
    if (!BN_is_odd(exponent.get()) || BN_is_one(exponent.get()))
        return Error{QString::fromLatin1(JwksError::Json), Jwks::tr("'e' is not a valid RSA public exponent")};
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get());
    auto key = keyFromParams("RSA", builder.get());
    if (!key)
        return Error{QString::fromLatin1(JwksError::Json), Jwks::tr("OpenSSL refused the RSA parameters")};
    return key;
}

Result<std::shared_ptr<const PublicKey>> ecKey(const QJsonObject &jwk, const QString &crv)
{
    const CurveInfo *curve = nullptr;
    for (const CurveInfo &candidate : EcCurves) {
        if (crv == QLatin1String(candidate.jwkName))
            curve = &candidate;
    }
    if (!curve) {
        return Error{QString::fromLatin1(JwksError::Json),
                     Jwks::tr("curve '%1' is not supported (P-256, P-384 and P-521 are)").arg(crv)};
    }
    auto x = keyParameter(jwk, "x");
    if (!x)
        return x.error();
    auto y = keyParameter(jwk, "y");
    if (!y)
        return y.error();
    if (x->size() != curve->coordinateSize || y->size() != curve->coordinateSize) {
        return Error{QString::fromLatin1(JwksError::Json),
                     Jwks::tr("'x' and 'y' must be %1 bytes each for %2 (they are %3 and %4)")
                         .arg(curve->coordinateSize)
                         .arg(crv)
                         .arg(x->size())
                         .arg(y->size())};
    }
    const QByteArray point = QByteArray(1, '\x04') + *x + *y; // uncompressed SEC1 point
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->opensslGroup, 0);
    OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()));
    auto key = keyFromParams("EC", builder.get());
    bool onCurve = false;
    if (key) {
        PkeyContext check(EVP_PKEY_CTX_new_from_pkey(nullptr, key->get(), nullptr));
        onCurve = check && EVP_PKEY_public_check(check.get()) == 1;
    }
    if (!onCurve)
        return Error{QString::fromLatin1(JwksError::Json), Jwks::tr("('x', 'y') is not a point on %1").arg(crv)};
    return key;
}

Result<std::shared_ptr<const PublicKey>> okpKey(const QJsonObject &jwk, const QString &crv)
{
    if (crv != QLatin1String("Ed25519")) {
        return Error{QString::fromLatin1(JwksError::Json),
                     Jwks::tr("curve '%1' is not supported for signatures (Ed25519 is)").arg(crv)};
    }
    auto x = keyParameter(jwk, "x");
    if (!x)
        return x.error();
    if (x->size() != 32)
        return Error{QString::fromLatin1(JwksError::Json),
                     Jwks::tr("'x' must be 32 bytes for Ed25519 (it is %1)").arg(x->size())};
    ParamBuilder builder(OSSL_PARAM_BLD_new());
    OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, x->constData(), size_t(x->size()));
    auto key = keyFromParams("ED25519", builder.get());
    if (!key)
        return Error{QString::fromLatin1(JwksError::Json), Jwks::tr("OpenSSL refused the Ed25519 key")};
    return key;
}

// The members that make a JWK private (RFC 7518 §6.2.2, §6.3.2; RFC 8037 §2).
QStringList privateMembersIn(const QJsonObject &jwk)
{
    static const char *const members[] = {"d", "p", "q", "dp", "dq", "qi", "oth"};
    QStringList found;
    for (const char *member : members) {
        if (jwk.contains(QLatin1String(member)))
            found << QStringLiteral("'%1'").arg(QLatin1String(member));
    }
    return found;
}

QString stringMember(const QJsonObject &jwk, const char *name)
{
    return jwk.value(QLatin1String(name)).toString();
}

QString describeKey(const Jwk &jwk)
{
    QString text = jwk.kty == QLatin1String("RSA") ? Jwks::tr("RSA %1-bit key").arg(jwk.bits)
                                                   : Jwks::tr("%1 key").arg(jwk.crv.isEmpty() ? jwk.kty : jwk.crv);
    if (!jwk.kid.isEmpty())
        text += QStringLiteral(" '%1'").arg(jwk.kid);
    return text;
}

Result<Jwk> parseKey(const QJsonObject &object)
{
    const auto fail = [](const QString &message) { return Error{QString::fromLatin1(JwksError::Json), message}; };
    Jwk jwk;
    jwk.kid = stringMember(object, "kid");
    jwk.kty = stringMember(object, "kty");
    jwk.alg = stringMember(object, "alg");
    jwk.use = stringMember(object, "use");
    jwk.crv = stringMember(object, "crv");

    if (!object.value(QLatin1String("kty")).isString())
        return fail(Jwks::tr("'kty' is missing or not a string"));
    if (jwk.kty == QLatin1String("oct")) {
        return fail(Jwks::tr("symmetric key (kty 'oct') refused: a shared secret must never be published in a JWKS, "
                             "and it cannot verify public-key signatures"));
    }
    const QStringList privateMembers = privateMembersIn(object);
    if (!privateMembers.isEmpty()) {
        return fail(Jwks::tr("contains private key material (%1) and was refused: a JWKS must publish public keys "
                             "only. Treat this key as exposed and rotate it.")
                        .arg(privateMembers.join(QLatin1String(", "))));
    }
    if (!jwk.use.isEmpty() && jwk.use != QLatin1String("sig"))
        return fail(Jwks::tr("'use' is '%1', so the key is not for signatures").arg(jwk.use));
    const QJsonValue keyOps = object.value(QLatin1String("key_ops"));
    if (keyOps.isArray() && !keyOps.toArray().contains(QJsonValue(QLatin1String("verify"))))
        return fail(Jwks::tr("'key_ops' does not include 'verify'"));

    Result<std::shared_ptr<const PublicKey>> key = Error{};
    if (jwk.kty == QLatin1String("RSA"))
        key = rsaKey(object);
    else if (jwk.kty == QLatin1String("EC"))
        key = ecKey(object, jwk.crv);
    else if (jwk.kty == QLatin1String("OKP"))
        key = okpKey(object, jwk.crv);
    else
        return fail(Jwks::tr("key type (kty) '%1' is not supported (RSA, EC and OKP are)").arg(jwk.kty));
    if (!key)
        return key.error();
    jwk.publicKey = key.value();
    jwk.bits = jwk.publicKey->bits();
    jwk.description = describeKey(jwk);

    if (!jwk.alg.isEmpty()) {
        const JwsAlgorithm *algorithm = findJwsAlgorithm(jwk.alg);
        if (!algorithm)
            return fail(Jwks::tr("'alg' is '%1', not a signature algorithm OrgLens verifies (%2)")
                            .arg(jwk.alg, supportedAlgorithmNames()));
        const bool fits =
            algorithm->curve ? jwk.crv == QLatin1String(algorithm->curve) : jwk.kty == QLatin1String("RSA");
        if (!fits)
            return fail(Jwks::tr("'alg' %1 does not fit a %2 key").arg(jwk.alg, jwk.description));
    }
    return jwk;
}

} // namespace

bool JwkSet::containsKid(const QString &kid) const
{
    return std::any_of(m_keys.cbegin(), m_keys.cend(), [&](const Jwk &key) { return key.kid == kid; });
}

Result<JwkSet> parseJwks(const QByteArray &json)
{
    const auto fail = [](const QString &message) { return Error{QString::fromLatin1(JwksError::Json), message}; };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(
            Jwks::tr("jwks: invalid JSON at offset %1 (%2)").arg(parseError.offset).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(Jwks::tr("jwks: the JSON is not an object; expected {\"keys\": [...]} or a single JWK"));
    const QJsonObject root = document.object();

    QJsonArray entries;
    if (root.contains(QLatin1String("keys"))) {
        if (!root.value(QLatin1String("keys")).isArray())
            return fail(Jwks::tr("jwks: 'keys' is not an array"));
        entries = root.value(QLatin1String("keys")).toArray();
    } else if (root.contains(QLatin1String("kty"))) {
        entries.append(root);
    } else {
        return fail(
            Jwks::tr("jwks: neither a JWK Set (an object with a 'keys' array) nor a JWK (an object with 'kty')"));
    }

    QList<Jwk> keys;
    QStringList problems;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue entry = entries.at(i);
        const QString kid = entry.toObject().value(QLatin1String("kid")).toString();
        const QString where =
            kid.isEmpty() ? Jwks::tr("key %1").arg(i + 1) : Jwks::tr("key %1 (kid %2)").arg(i + 1).arg(kid);
        Result<Jwk> key = entry.isObject() ? parseKey(entry.toObject()) : fail(Jwks::tr("not a JSON object"));
        if (key)
            keys << std::move(key).value();
        else
            problems << Jwks::tr("%1: %2; key skipped.").arg(where, key.error().message);
    }
    if (keys.isEmpty() && !problems.isEmpty()) {
        return Error{QString::fromLatin1(JwksError::NoUsableKey),
                     Jwks::tr("jwks: no usable key. %1").arg(problems.join(QLatin1Char(' ')))};
    }
    return JwkSet(std::move(keys), std::move(problems));
}

} // namespace orglens::jwt
