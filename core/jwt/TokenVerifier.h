#pragma once

#include "common/Result.h"
#include "jwt/ClaimValidator.h"
#include "jwt/Jwks.h"
#include "jwt/SignatureVerifier.h"

#include <QList>
#include <QObject>
#include <QUrl>

namespace orglens::profiles {
struct Profile;
}

namespace orglens::jwt {

class JwksClient;

// What checking a token found: its signature, and its claims against what was expected, the signature being the
// first of the checks so that `validation.passed()` means "genuine and as expected".
struct TokenVerification {
    enum class Keys { Used, Unavailable, Cancelled };
    Keys keys = Keys::Used; // Unavailable: signature.reason says why; Cancelled: nothing was checked
    SignatureResult signature;
    ValidationReport validation;

    bool genuineAndValid() const { return signature.valid && validation.passed(); }
};

// Checks a token with keys at hand (or the reason there are none).
TokenVerification verifyToken(const DecodedToken &token, const Result<JwkSet> &keys, const ValidationOptions &options);

// What a profile's tokens must show: the profile's issuer, and its API audience or native client as audience.
ValidationOptions validationOptionsFor(const profiles::Profile &profile);

// Verifies tokens with the keys of a configured issuer, fetched (and cached) by a JwksClient, then reports through
// verified(). Never fetches a URL named by the token: the issuer is the caller's (a profile's, the user's).
class TokenVerifier : public QObject {
    Q_OBJECT

public:
    // The client must outlive the verifier.
    explicit TokenVerifier(JwksClient *keys, QObject *parent = nullptr);
    ~TokenVerifier() override;

    // Emits verified(token.compact, …) once, always after returning.
    void verify(const DecodedToken &token, const QUrl &issuer, const ValidationOptions &options);
    void verify(const DecodedToken &token, const profiles::Profile &profile);
    // Ends the key fetch for an issuer: its waiting tokens are reported with Keys::Cancelled (maybe before this
    // returns).
    void cancel(const QUrl &issuer);

signals:
    void verified(const QString &compact, const orglens::jwt::TokenVerification &verification);

private:
    struct Request {
        DecodedToken token;
        QUrl issuer;
        ValidationOptions options;
    };
    void keysReady(const QUrl &issuer, const Result<JwkSet> &keys);

    JwksClient *m_keys;
    QList<Request> m_waiting;
};

} // namespace orglens::jwt

Q_DECLARE_METATYPE(orglens::jwt::TokenVerification)
