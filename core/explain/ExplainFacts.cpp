#include "ExplainFacts.h"

#include "common/Clock.h"

#include <QJsonArray>

namespace orglens::explain {

namespace {

bool isUrlName(const QString &name)
{
    return name.startsWith(QLatin1String("https://")) || name.startsWith(QLatin1String("http://")) ||
           name.startsWith(QLatin1String("urn:"));
}

std::optional<QJsonObject> payloadOf(const Secret &token)
{
    if (token.isEmpty())
        return std::nullopt;
    const auto decoded = jwt::decodeToken(token.toString());
    if (!decoded)
        return std::nullopt;
    return decoded->payload;
}

} // namespace

ExplainFacts::ExplainFacts(const ExplainInput &input)
    : TenantFacts(input.tenant), m_input(input), m_now((input.clock ? *input.clock : Clock::system()).now())
{
    const auto decoded = jwt::decodeToken(QString::fromUtf8(input.token));
    if (decoded) {
        m_token = decoded.value();
        m_claims = m_token->payload;
        m_kind = jwt::guessKind(*m_token);
    } else {
        m_decodeErrorCode = decoded.error().code;
    }
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        if (isNamespacedOrgClaim(it.key()) && it.value().isString())
            m_namespacedOrgClaims.append({it.key(), it.key().chopped(6), it.value().toString()});
    }

    m_flow = input.session ? std::optional(input.session->flow) : input.declaredFlow;
    if (!m_flow) {
        if (claim("gty") == QLatin1String("password"))
            m_flow = oauth::Flow::Password;
        else if (isMachineToMachine())
            m_flow = oauth::Flow::ClientCredentials;
    }
    // The chain's first login decides; a refresh whose parent is unknown leaves the origin unknown.
    const std::optional<oauth::Flow> first = !input.lineage.isEmpty() ? input.lineage.first().flow : m_flow;
    if (first != oauth::Flow::Refresh)
        m_originFlow = first;
}

bool ExplainFacts::isNamespacedOrgClaim(const QString &name)
{
    return isUrlName(name) && name.endsWith(QLatin1String("org_id"));
}

QString ExplainFacts::namespacedOrgClaimIn(const QJsonObject &claims)
{
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (isNamespacedOrgClaim(it.key()) && it->isString())
            return it.key();
    }
    return {};
}

QString ExplainFacts::claim(const char *name) const
{
    return m_claims.value(QLatin1String(name)).toString();
}

bool ExplainFacts::isMachineToMachine() const
{
    return claim("gty") == QLatin1String("client-credentials") || claim("sub").endsWith(QLatin1String("@clients"));
}

QString ExplainFacts::userId() const
{
    return isMachineToMachine() ? QString() : claim("sub");
}

QString ExplainFacts::clientId() const
{
    if (const QString azp = claim("azp"); !azp.isEmpty())
        return azp;
    if (const QString clientId = claim("client_id"); !clientId.isEmpty())
        return clientId;
    const QString sub = claim("sub");
    return sub.endsWith(QLatin1String("@clients")) ? sub.chopped(8) : QString();
}

QStringList ExplainFacts::audiences() const
{
    const QJsonValue aud = m_claims.value(QLatin1String("aud"));
    if (aud.isString())
        return {aud.toString()};
    QStringList list;
    for (const QJsonValue &each : aud.toArray())
        list << each.toString();
    return list;
}

QDateTime ExplainFacts::issuedAt() const
{
    const QJsonValue iat = m_claims.value(QLatin1String("iat"));
    return iat.isDouble() ? QDateTime::fromSecsSinceEpoch(iat.toInteger(), Qt::UTC) : QDateTime();
}

QDateTime ExplainFacts::expiresAt() const
{
    const QJsonValue exp = m_claims.value(QLatin1String("exp"));
    return exp.isDouble() ? QDateTime::fromSecsSinceEpoch(exp.toInteger(), Qt::UTC) : QDateTime();
}

QStringList ExplainFacts::customClaimNames() const
{
    QStringList names;
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        if (isUrlName(it.key()) && !isNamespacedOrgClaim(it.key()))
            names << it.key();
    }
    return names;
}

std::optional<NamespacedOrgClaim> ExplainFacts::profileOrgClaim() const
{
    const QString ns = profileNamespace();
    for (const NamespacedOrgClaim &each : m_namespacedOrgClaims) {
        if (!ns.isEmpty() && each.claimNamespace == ns)
            return each;
    }
    return std::nullopt;
}

QString ExplainFacts::namespacedOrgId() const
{
    if (const auto claim = profileOrgClaim())
        return claim->value;
    return m_namespacedOrgClaims.isEmpty() ? QString() : m_namespacedOrgClaims.constFirst().value;
}

std::optional<QJsonObject> ExplainFacts::originParameters() const
{
    if (!m_input.lineage.isEmpty()) {
        const oauth::SessionRecord &first = m_input.lineage.first();
        if (first.flow == oauth::Flow::Refresh)
            return std::nullopt;
        return first.parameters;
    }
    if (m_input.session && m_input.session->flow != oauth::Flow::Refresh)
        return m_input.session->parameters;
    return std::nullopt;
}

QList<QJsonObject> ExplainFacts::ancestorClaims() const
{
    QList<QJsonObject> claims;
    for (const oauth::SessionRecord &record : m_input.lineage) {
        if (const auto payload = payloadOf(record.tokens.accessToken))
            claims << *payload;
    }
    return claims;
}

std::optional<QJsonObject> ExplainFacts::siblingClaims() const
{
    if (!m_input.session)
        return std::nullopt;
    const oauth::TokenResponse &tokens = m_input.session->tokens;
    const QString given = m_token ? m_token->compact : QString::fromUtf8(m_input.token).trimmed();
    if (!tokens.idToken.isEmpty() && given == tokens.idToken.toString())
        return payloadOf(tokens.accessToken);
    if (!tokens.accessToken.isEmpty() && given == tokens.accessToken.toString())
        return payloadOf(tokens.idToken);
    return std::nullopt;
}

QUrl ExplainFacts::profileIssuer() const
{
    return m_input.profile ? m_input.profile->issuer : QUrl();
}

QString ExplainFacts::profileNamespace() const
{
    if (!m_input.profile || m_input.profile->claimNamespace.isEmpty())
        return {};
    QString ns = m_input.profile->claimNamespace;
    if (!ns.endsWith(QLatin1Char('/')) && !ns.startsWith(QLatin1String("urn:")))
        ns += QLatin1Char('/');
    return ns;
}

QUrl ExplainFacts::dashboardUrl(const QString &page) const
{
    QUrl issuer = profileIssuer();
    if (issuer.isEmpty())
        issuer = QUrl(claim("iss"));
    const QStringList labels = issuer.host().split(QLatin1Char('.'));
    // acme.auth0.com (US) or acme.eu.auth0.com: the dashboard path is /dashboard/<region>/<tenant>/.
    if (labels.size() < 3 || !issuer.host().endsWith(QLatin1String(".auth0.com")))
        return QUrl(QStringLiteral("https://manage.auth0.com/dashboard/"));
    const QString region = labels.size() == 3 ? QStringLiteral("us") : labels.at(1);
    return QUrl(QStringLiteral("https://manage.auth0.com/dashboard/%1/%2/%3").arg(region, labels.first(), page));
}

} // namespace orglens::explain
