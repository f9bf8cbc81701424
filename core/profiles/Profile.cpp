#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

namespace orglens::profiles {

namespace {

Error issuerError(const QString &message)
{
    return {QStringLiteral("invalid_issuer"), message};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QUrl Profile::managementAudience() const
{
    return endpoint(QStringLiteral("api/v2/"));
}

QUrl Profile::endpoint(const QString &path) const
{
    return issuer.resolved(QUrl(path));
}

Result<QUrl> normalizeIssuer(const QString &domainOrUrl)
{
    const QString input = domainOrUrl.trimmed();
    if (input.isEmpty())
        return issuerError(Profile::tr("The issuer is empty: give an Auth0 domain (acme.eu.auth0.com) or an issuer URL "
                                       "(https://acme.eu.auth0.com/)."));
    const QString text = input.contains(QLatin1String("://")) ? input : QStringLiteral("https://") + input;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return issuerError(Profile::tr("'%1' is not a valid domain or issuer URL: %2")
                               .arg(input, url.isValid() ? Profile::tr("it has no host") : url.errorString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        if (!isLoopbackHost(url.host()))
            return issuerError(Profile::tr("'%1' uses http://, which is accepted only for loopback hosts (127.0.0.1, "
                                           "::1, localhost) such as the demo tenant. Use https://%2/ instead.")
                                   .arg(input, url.host()));
    } else if (scheme != QLatin1String("https")) {
        return issuerError(
            Profile::tr("'%1' has the scheme '%2': an issuer must be an https:// URL.").arg(input, scheme));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return issuerError(
            Profile::tr("'%1' must not contain user info, a query or a fragment: an issuer is https://<domain>/.")
                .arg(input));
    QUrl issuer;
    issuer.setScheme(scheme);
    issuer.setHost(url.host().toLower());
    issuer.setPort(url.port());
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    issuer.setPath(path);
    return issuer;
}

Result<QString> validateProfileName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!allowed.match(name).hasMatch())
        return Error{
            QStringLiteral("invalid_profile_name"),
            Profile::tr("'%1' is not a valid profile name: use 1 to 64 letters, digits, '.', '_' or '-'.").arg(name)};
    return name;
}

Result<Profile> normalizeProfile(Profile profile)
{
    if (!profile.name.isEmpty()) {
        const auto name = validateProfileName(profile.name);
        if (!name)
            return name.error();
    }
    const auto issuer = normalizeIssuer(profile.issuer.toString());
    if (!issuer)
        return issuer.error();
    profile.issuer = issuer.value();
    for (QString *field : {&profile.clientId, &profile.audience, &profile.claimNamespace, &profile.managementClientId,
                           &profile.exchangeClientId, &profile.subjectTokenType})
        *field = field->trimmed();
    profile.scope = profile.scope.simplified();
    return profile;
}

namespace {
QString firstText(const QJsonObject &payload, const char *claim)
{
    const QJsonValue value = payload.value(QLatin1String(claim));
    return value.isArray() ? value.toArray().first().toString() : value.toString();
}
} // namespace

Result<Profile> profileForTokenIssuer(const QString &issuer, const QJsonObject &tokenPayload,
                                      const QStringList &takenNames)
{
    const auto normalised = normalizeIssuer(issuer);
    if (!normalised)
        return normalised.error();
    Profile profile;
    profile.issuer = normalised.value();
    QString base = profile.issuer.host();
    if (profile.issuer.port() > 0)
        base += QStringLiteral("-%1").arg(profile.issuer.port());
    profile.name = base;
    for (int n = 2; takenNames.contains(profile.name); ++n)
        profile.name = QStringLiteral("%1-%2").arg(base).arg(n);
    profile.clientId = firstText(tokenPayload, "azp");
    if (profile.clientId.isEmpty())
        profile.clientId = firstText(tokenPayload, "client_id");
    const QString audience = firstText(tokenPayload, "aud");
    if (audience != profile.clientId)
        profile.audience = audience;
    return profile;
}

QString profileSecretKey(const QString &profileName, SecretKind kind)
{
    const char *suffix = kind == SecretKind::ManagementClientSecret ? "management-client-secret"
                         : kind == SecretKind::ExchangeClientSecret ? "exchange-client-secret"
                                                                    : "refresh-token";
    return QStringLiteral("profile/%1/%2").arg(profileName, QLatin1String(suffix));
}

} // namespace orglens::profiles
