// Token decoding and everything that reads a decoded token: inspection, kind guess, signature check, claim checks.
//
// Input: the pasted text as is, or, when it starts with '{', "header JSON\npayload JSON\nsignature bytes" turned
// into a compact JWS here so that mutations reach the JSON and the claim logic instead of dying in base64url. In the
// JSON form a header with "kid": "fuzz-signed" gets a genuine EdDSA signature, so the valid-signature path runs too.
#include "FuzzInput.h"
#include "TestKeys.h"

#include "jwt/ClaimValidator.h"
#include "jwt/Jwks.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenDecoder.h"
#include "jwt/TokenInspection.h"
#include "jwt/TokenKind.h"

#include <QJsonDocument>

using namespace orglens;

namespace {

struct Fixture {
    test::TestKey signer = test::TestKey::generate(QStringLiteral("EdDSA"), QStringLiteral("fuzz-signed"));
    jwt::JwkSet keys =
        jwt::parseJwks(
            test::TestTokens::jwks({signer, test::TestKey::generate(QStringLiteral("RS256"), QStringLiteral("rsa")),
                                    test::TestKey::generate(QStringLiteral("ES256"), QStringLiteral("ec"))}))
            .value();
    FixedClock clock{QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC)};
};

const Fixture &fixture()
{
    static const Fixture instance;
    return instance;
}

// Sets `signedHere` when the harness signed the token with its own key.
QString tokenFromJson(const QByteArray &input, bool &signedHere)
{
    const QList<QByteArray> parts = fuzz::splitInput(input, '\n', 3);
    const QByteArray signingInput = fuzz::base64Url(parts[0]) + '.' + fuzz::base64Url(parts[1]);
    QByteArray signature = parts[2];
    signedHere = parts[0].contains("\"fuzz-signed\"");
    if (signedHere)
        signature = fixture().signer.signature(signingInput);
    return QString::fromLatin1(signingInput + '.' + fuzz::base64Url(signature));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytesOf(data, size);
    bool signedHere = false;
    const QString text = input.startsWith('{') ? tokenFromJson(input, signedHere) : QString::fromUtf8(input);
    const auto token = jwt::decodeToken(text);
    if (!token) {
        fuzz::expect(!token.error().message.isEmpty());
        return 0;
    }
    const jwt::TokenInspection inspection = jwt::inspectToken(*token, fixture().clock);
    QJsonDocument(inspection.toJson()).toJson();

    const jwt::SignatureResult signature = jwt::verifySignature(*token, fixture().keys);
    QJsonDocument(signature.toJson()).toJson();
    // Only a token the harness signed can verify.
    fuzz::expect(!signature.valid || signedHere);

    jwt::ValidationOptions options;
    options.issuer = QStringLiteral("https://tenant.example/");
    options.audiences = QStringList{QStringLiteral("https://api.example/")};
    options.authorizedParty = QStringLiteral("client");
    options.clock = &fixture().clock;
    QJsonDocument(jwt::validateClaims(*token, options).toJson()).toJson();
    return 0;
}
