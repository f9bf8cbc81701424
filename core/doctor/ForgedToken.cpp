#include "ForgedToken.h"

#include "jwt/SigningKey.h"
#include "profiles/Profile.h"

#include <QDateTime>

namespace orglens::doctor {

QJsonObject forgedSubjectClaims(const profiles::Profile &profile, const QString &subject, const QString &orgId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("iss"), profile.issuer.toString()},
                       {QStringLiteral("sub"), subject},
                       {QStringLiteral("aud"), profile.audience},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 3600},
                       {QStringLiteral("azp"), profile.clientId}};
    if (!profile.claimNamespace.isEmpty())
        claims.insert(profile.claimNamespace + QStringLiteral("org_id"), orgId);
    return claims;
}

QString forgeToken(const jwt::SigningKey &key, const QJsonObject &claims)
{
    return QString::fromLatin1(key.sign({{QStringLiteral("kid"), QStringLiteral("orglens-doctor-probe")}}, claims));
}

} // namespace orglens::doctor
