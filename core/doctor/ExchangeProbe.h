#pragma once

#include "profiles/Profile.h"
#include "secrets/Secret.h"

#include <QJsonObject>
#include <QObject>

// The doctor's live probe: sends the profile's own token endpoint a Custom Token Exchange with a subject token
// signed by a throwaway key (the claims a real device token of the user would carry). A token coming back proves
// that anyone can mint tokens for the tenant's users. The forged token and any issued token are kept in memory for
// the report only: never recorded in the session history, never stored.

class QNetworkAccessManager;

namespace orglens::jwt {
class SigningKey;
}

namespace orglens::doctor {

struct ExchangeProbeResult {
    bool ran = false;
    bool tokenIssued = false; // the critical finding
    QString forgedFor;        // "auth0|alice in org_acme"
    QString refusal;          // "invalid_request: …" when refused
    QJsonObject issuedClaims; // the issued access token's payload (decoded, not verified)
    QJsonObject sentClaims;   // what the forged subject token said
};

class ExchangeProbe : public QObject {
    Q_OBJECT

public:
    explicit ExchangeProbe(QNetworkAccessManager *network, QObject *parent = nullptr);

    // `user` as the Management API returns it (or the doctor's stand-in); finished() once, from the event loop.
    // `key` signs the forged subject token.
    void run(const profiles::Profile &profile, const Secret &exchangeClientSecret, const QJsonObject &user,
             const jwt::SigningKey &key);

signals:
    void finished(const orglens::doctor::ExchangeProbeResult &result);

private:
    QNetworkAccessManager *m_network;
};

} // namespace orglens::doctor

Q_DECLARE_METATYPE(orglens::doctor::ExchangeProbeResult)
