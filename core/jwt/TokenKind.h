#pragma once

#include "jwt/TokenDecoder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace orglens::jwt {

enum class TokenKind { IdToken, AccessToken, Unknown };

// A reasoned guess of what a token is and which grant produced it, from its claims alone.
struct KindGuess {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::KindGuess)

public:
    TokenKind kind = TokenKind::Unknown;
    QString grant;       // "client-credentials", "password", "refresh_token" or empty when the claims don't tell
    QStringList reasons; // the evidence, one sentence each

    QString kindName() const; // "id_token", "access_token", "unknown"
    // For people: "Looks like an access token (grant: client-credentials)", "Kind of token unclear" (translated).
    QString describe() const;
    QJsonObject toJson() const; // {"kind", "grant", "reasons"}
};

KindGuess guessKind(const DecodedToken &token);

// What pasted text is, before any claim is read: a JWT that decoded, a token that exists but cannot be decoded here
// (opaque, or encrypted), or no token at all ("hello world", "abc.def", a JWT with a broken part). Views that judge
// a token (Explain) judge only the first three and show the decode error of the last.
enum class TokenForm { Jwt, Opaque, Encrypted, NotAToken };
TokenForm tokenForm(const Result<DecodedToken> &decoded);
TokenForm tokenForm(const Error &decodeError); // the form of input that did not decode (never Jwt)

} // namespace orglens::jwt
