#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace orglens::jwt {

// A compact JWS split into its parts and decoded. Nothing here has been verified.
struct DecodedToken {
    QString compact; // the token as decoded, after removing "Bearer " and whitespace (around and inside it)
    QJsonObject header;
    QJsonObject payload;
    QByteArray headerJson;   // decoded bytes of part 1
    QByteArray payloadJson;  // decoded bytes of part 2
    QByteArray signingInput; // ASCII "part1.part2", the bytes the signature covers
    QByteArray signature;    // decoded bytes of part 3
    QStringList inputNotes;  // how the input was normalised ("removed the 'Bearer ' prefix", ...)

    QString alg() const { return header.value(QLatin1String("alg")).toString(); }
    QString kid() const { return header.value(QLatin1String("kid")).toString(); }
};

// Error codes returned by decodeToken (Error::code).
namespace DecodeError {
inline constexpr auto Empty = "empty";
inline constexpr auto Opaque = "opaque";         // no dots: an opaque access token
inline constexpr auto Encrypted = "encrypted";   // five parts: JWE
inline constexpr auto NotAToken = "not-a-token"; // words or characters that no token has
inline constexpr auto PartCount = "part-count";
inline constexpr auto Base64 = "base64url";
inline constexpr auto Json = "json";
inline constexpr auto NotObject = "not-object";
inline constexpr auto MissingAlg = "missing-alg";
inline constexpr auto TooLarge = "too-large";
inline constexpr auto TooDeep = "too-deep"; // JSON nested deeper than MaxJsonDepth
} // namespace DecodeError

// Largest input accepted; real tokens are a few KB (Auth0 caps custom claims at 100 KB).
inline constexpr qsizetype MaxTokenLength = 1024 * 1024;
// Deepest nesting of objects and arrays accepted in the header or payload (the top-level object is level 1). Real
// tokens nest two or three levels; the limit keeps every recursive consumer (diff, tree, inspection) shallow.
inline constexpr int MaxJsonDepth = 64;

// Decodes a compact JWS. Accepts surrounding whitespace, a leading "Bearer ", a whole "Authorization: Bearer ..."
// header line and a JWT broken over lines (the line breaks and spaces inside are removed); inputNotes says which of
// these it met. Errors say which part is wrong and why; a JWE's error names its readable protected header.
Result<DecodedToken> decodeToken(QStringView input);

// Strict base64url (RFC 7515 §2): only A-Z a-z 0-9 - _, no padding inside, no whitespace.
// `what` names the part in the error message ("header", "payload", "signature").
Result<QByteArray> decodeBase64Url(QByteArrayView encoded, const QString &what);

} // namespace orglens::jwt
