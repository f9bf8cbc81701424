#include "TokenInspection.h"

#include "TimeText.h"
#include "common/JsonPointer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace orglens::jwt {

namespace {

// NumericDate claims are numbers; Auth0's updated_at is an ISO-8601 string.
QString timeTextFor(const QString &name, const QJsonValue &value, const QDateTime &now)
{
    if (const auto seconds = numericDate(value))
        return describeTime(name, *seconds, now);
    if (value.isString()) {
        const QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (parsed.isValid())
            return describeTime(name, parsed.toSecsSinceEpoch(), now);
    }
    return {};
}

QList<ClaimRow> rowsFor(const QJsonObject &object, const QString &root, ClaimInfo (*describe)(const QString &),
                        const QDateTime &now)
{
    QList<ClaimRow> rows;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        ClaimRow row{jsonPointerAppend(root, it.key()), it.key(), it.value(), describe(it.key()), {}};
        if (row.info.isTime)
            row.timeText = timeTextFor(row.name, row.value, now);
        rows << row;
    }
    return rows;
}

} // namespace

QList<InspectionWarning> tokenWarnings(const DecodedToken &token, const QDateTime &now)
{
    QList<InspectionWarning> warnings;
    const QJsonObject &header = token.header;
    const QJsonObject &payload = token.payload;
    const QString alg = token.alg();

    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        warnings << InspectionWarning{
            QStringLiteral("alg-none"),
            TokenInspection::tr("The token is unsigned (alg 'none'): anyone could have written it.")};
    else if (alg.startsWith(QLatin1String("HS")))
        warnings << InspectionWarning{
            QStringLiteral("symmetric-alg"),
            TokenInspection::tr("Signed with a shared secret (%1): only holders of the client secret can verify it, "
                                "and a public JWKS cannot. Auth0 APIs should use RS256.")
                .arg(alg)};
    for (const char *parameter : {"jku", "x5u", "jwk", "x5c"}) {
        if (header.contains(QLatin1String(parameter)))
            warnings << InspectionWarning{
                QStringLiteral("untrusted-key-reference"),
                TokenInspection::tr("The header carries '%1'. OrgLens never fetches or uses key material named by a "
                                    "token; keys come only from the configured issuer.")
                    .arg(QLatin1String(parameter))};
    }
    if (header.contains(QLatin1String("crit")))
        warnings << InspectionWarning{
            QStringLiteral("crit"),
            TokenInspection::tr("The header lists critical extensions ('crit') that must be understood.")};

    const qint64 nowSeconds = now.toSecsSinceEpoch();
    const QJsonValue exp = payload.value(QLatin1String("exp"));
    const auto expiresAt = numericDate(exp);
    if (exp.isUndefined())
        warnings << InspectionWarning{QStringLiteral("no-expiry"),
                                      TokenInspection::tr("The token has no 'exp': it never expires.")};
    else if (expiresAt && *expiresAt <= nowSeconds)
        warnings << InspectionWarning{
            QStringLiteral("expired"),
            TokenInspection::tr("The token expired %1 ago.").arg(formatDuration(nowSeconds - *expiresAt))};
    const auto notBefore = numericDate(payload.value(QLatin1String("nbf")));
    if (notBefore && *notBefore > nowSeconds)
        warnings << InspectionWarning{QStringLiteral("not-yet-valid"),
                                      TokenInspection::tr("The token is not valid for another %1 ('nbf').")
                                          .arg(formatDuration(*notBefore - nowSeconds))};
    const auto issuedAt = numericDate(payload.value(QLatin1String("iat")));
    constexpr qint64 clockSkewTolerance = 60;
    if (issuedAt && *issuedAt > nowSeconds + clockSkewTolerance)
        warnings << InspectionWarning{
            QStringLiteral("issued-in-future"),
            TokenInspection::tr("'iat' is %1 in the future: the issuer's clock or this computer's is wrong.")
                .arg(formatDuration(*issuedAt - nowSeconds))};
    for (const char *claim : {"exp", "nbf", "iat", "auth_time"}) {
        const QJsonValue value = payload.value(QLatin1String(claim));
        if (!value.isUndefined() && !numericDate(value))
            warnings << InspectionWarning{
                QStringLiteral("bad-time-claim"),
                TokenInspection::tr("'%1' is not a number of seconds.").arg(QLatin1String(claim))};
    }

    QStringList plainCustom;
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (claimSource(it.key()) == ClaimSource::CustomPlain)
            plainCustom << it.key();
    }
    if (!plainCustom.isEmpty())
        warnings << InspectionWarning{
            QStringLiteral("non-namespaced-claim"),
            TokenInspection::tr("Unknown claims without a namespace: %1. Auth0 refuses them on tokens for its own "
                                "APIs; prefer https://your-domain/<claim>.")
                .arg(plainCustom.join(QLatin1String(", ")))};
    if (payload.contains(QLatin1String("org_name")) && !payload.contains(QLatin1String("org_id")))
        warnings << InspectionWarning{
            QStringLiteral("org-name-without-id"),
            TokenInspection::tr("'org_name' is present without 'org_id'; Auth0 always sends both together.")};
    return warnings;
}

QJsonObject TokenInspection::toJson() const
{
    QJsonArray claims;
    for (const QList<ClaimRow> *rows : {&header, &payload}) {
        for (const ClaimRow &row : *rows) {
            QJsonObject claim{{QStringLiteral("path"), row.path},
                              {QStringLiteral("name"), row.name},
                              {QStringLiteral("source"), sourceName(row.info.source)},
                              {QStringLiteral("explanation"), row.info.explanation}};
            if (!row.timeText.isEmpty())
                claim.insert(QStringLiteral("time"), row.timeText);
            claims.append(claim);
        }
    }
    return {{QStringLiteral("header"), token.header},
            {QStringLiteral("payload"), token.payload},
            {QStringLiteral("kind"), kind.toJson()},
            {QStringLiteral("warnings"), warningsJson(warnings)},
            {QStringLiteral("claims"), claims},
            {QStringLiteral("notes"), QJsonArray::fromStringList(token.inputNotes)}};
}

QJsonArray warningsJson(const QList<InspectionWarning> &warnings)
{
    QJsonArray list;
    for (const InspectionWarning &warning : warnings)
        list.append(QJsonObject{{QStringLiteral("code"), warning.code}, {QStringLiteral("message"), warning.message}});
    return list;
}

TokenInspection inspectToken(const DecodedToken &token, const Clock &clock)
{
    const QDateTime now = clock.now();
    TokenInspection inspection;
    inspection.token = token;
    inspection.header = rowsFor(token.header, QStringLiteral("/header"), &describeHeaderParameter, now);
    inspection.payload = rowsFor(token.payload, QStringLiteral("/payload"), &describeClaim, now);
    inspection.kind = guessKind(token);
    inspection.warnings = tokenWarnings(token, now);
    return inspection;
}

} // namespace orglens::jwt
