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

} // namespace orglens::jwt
