#pragma once

#include "common/Result.h"
#include "oauth/OAuthResponses.h"

#include <QCoreApplication>
#include <QString>

namespace orglens::oauth {

// What a pasted or dropped text turned out to be.
enum class PastedForm {
    Token,               // a bare compact JWT
    BearerLine,          // "Bearer eyJ…"
    AuthorizationHeader, // "Authorization: Bearer eyJ…"
    TokenResponse,       // a token endpoint's JSON: {"access_token": …, "id_token": …}
};

struct PastedTokens {
    Q_DECLARE_TR_FUNCTIONS(orglens::oauth::PastedTokens)

public:
    PastedForm form = PastedForm::Token;
    // The tokens found, in the slots of a token response. A bare token goes to idToken when its claims say it is
    // an ID token, else to accessToken. body is the JSON response (for a bare token, one built around it).
    TokenResponse tokens;
    QString tokenToOpen; // the compact JWT to show first: the access token, or the ID token when that one is opaque
};

// Error codes of recognizePastedText (besides the decoder's codes for a text that is no JSON response).
namespace PasteError {
inline constexpr auto NoTokens = "paste-no-tokens"; // JSON, but without access_token or id_token
inline constexpr auto NoJwt = "paste-no-jwt";       // a token response whose tokens are all opaque
} // namespace PasteError

// Recognises a token in pasted or dropped text: a compact JWT, a "Bearer …" line, an "Authorization:" header line
// or a JSON token response. Pure: nothing is fetched or stored.
Result<PastedTokens> recognizePastedText(QStringView text);

QString pastedFormName(PastedForm form); // translated, e.g. "Authorization header"

} // namespace orglens::oauth

namespace orglens::oauth {

struct SessionRecord;

// The session-history record of a paste: flow "pasted", the issuer from the opened token's iss claim.
SessionRecord pastedRecord(const PastedTokens &pasted);

} // namespace orglens::oauth
