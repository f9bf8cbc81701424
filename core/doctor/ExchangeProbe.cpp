#include "ExchangeProbe.h"

#include "ForgedToken.h"
#include "PipelineChecks.h"
#include "jwt/TokenDecoder.h"
#include "management/DefaultOrg.h"
#include "oauth/OAuthClient.h"
#include "oauth/TokenOperation.h"

namespace orglens::doctor {

ExchangeProbe::ExchangeProbe(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    qRegisterMetaType<ExchangeProbeResult>();
}

void ExchangeProbe::run(const profiles::Profile &profile, const Secret &exchangeClientSecret, const QJsonObject &user,
                        const jwt::SigningKey &key)
{
    const QString userId = user.value(QLatin1String("user_id")).toString();
    const QString orgId = management::defaultOrgId(user);
    // A client of its own, without a session history: nothing of the probe is recorded.
    auto *client = new oauth::OAuthClient(m_network, this);
    const QJsonObject sentClaims = forgedSubjectClaims(profile, userId, orgId);
    oauth::TokenOperation *operation =
        client->exchangeToken({profile.issuer,
                               {profile.exchangeClientId, exchangeClientSecret, oauth::ClientAuth::Method::Post},
                               Secret::fromString(forgeToken(key, sentClaims)),
                               profile.subjectTokenType,
                               profile.audience,
                               {},
                               {},
                               {}});
    const QString forgedFor = PipelineChecks::tr("%1 in %2").arg(userId, orgId);
    connect(operation, &oauth::TokenOperation::finished, this,
            [this, client, forgedFor, sentClaims](const oauth::TokenResult &outcome) {
                ExchangeProbeResult result;
                result.ran = true;
                result.forgedFor = forgedFor;
                result.sentClaims = sentClaims;
                result.tokenIssued = outcome.ok();
                if (outcome.ok()) {
                    if (const auto decoded = jwt::decodeToken(outcome.response.accessToken.toString()))
                        result.issuedClaims = decoded->payload;
                } else {
                    result.refusal = outcome.error.error + QStringLiteral(": ") + outcome.error.description;
                }
                client->deleteLater();
                emit finished(result);
            });
}

} // namespace orglens::doctor
