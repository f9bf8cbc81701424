#include "ClaimValidator.h"

#include "TimeText.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace orglens::jwt {

namespace {

using Status = ValidationCheck::Status;

// The translation context of this file's messages.
struct ClaimValidator {
    Q_DECLARE_TR_FUNCTIONS(orglens::jwt::ClaimValidator)
};

// "1 h 2 min 5 s", "45 s".
QString duration(qint64 seconds)
{
    seconds = std::llabs(seconds);
    const qint64 days = seconds / 86400, hours = seconds / 3600 % 24, minutes = seconds / 60 % 60, rest = seconds % 60;
    QStringList parts;
    if (days)
        parts << ClaimValidator::tr("%1 d").arg(days);
    if (hours)
        parts << ClaimValidator::tr("%1 h").arg(hours);
    if (minutes)
        parts << ClaimValidator::tr("%1 min").arg(minutes);
    if (rest || parts.isEmpty())
        parts << ClaimValidator::tr("%1 s").arg(rest);
    return parts.join(QLatin1Char(' '));
}

QString utcTime(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << QStringLiteral("'%1'").arg(value);
    return quoted.join(QLatin1String(", "));
}

ValidationCheck checkIssuer(const QJsonObject &payload, const QString &expected)
{
    ValidationCheck check{QStringLiteral("iss"), Status::Pass, {}};
    const QJsonValue value = payload.value(QLatin1String("iss"));
    const QString actual = value.toString();
    if (expected.isEmpty()) {
        check.status = Status::Skipped;
        check.detail = value.isString()
                           ? ClaimValidator::tr("No expected issuer configured; the token says '%1'.").arg(actual)
                           : ClaimValidator::tr("No expected issuer configured.");
    } else if (!value.isString()) {
        check.status = Status::Fail;
        check.detail = ClaimValidator::tr("The token has no 'iss' (issuer) string; expected '%1'.").arg(expected);
    } else if (actual == expected) {
        check.detail = ClaimValidator::tr("Issued by '%1', as expected.").arg(actual);
    } else if (actual == expected + QLatin1Char('/')) {
        check.status = Status::Fail;
        check.detail =
            ClaimValidator::tr("The configured issuer '%1' lacks the trailing '/': Auth0 issuers end with a slash, and "
                               "the token's iss is '%2'. Configure '%2' (issuers are compared exactly).")
                .arg(expected, actual);
    } else if (actual + QLatin1Char('/') == expected) {
        check.status = Status::Fail;
        check.detail = ClaimValidator::tr("The token's iss '%1' has no trailing '/', but Auth0 always issues '%2'. "
                                          "This token was not issued by that Auth0 tenant.")
                           .arg(actual, expected);
    } else {
        check.status = Status::Fail;
        check.detail = ClaimValidator::tr("Issued by '%1', but '%2' was expected: the token comes from another tenant "
                                          "or environment (or a custom domain is in use).")
                           .arg(actual, expected);
    }
    return check;
}

ValidationCheck checkAudience(const QJsonObject &payload, const QStringList &expected)
{
    ValidationCheck check{QStringLiteral("aud"), Status::Pass, {}};
    const QJsonValue value = payload.value(QLatin1String("aud"));
    QStringList audiences;
    bool wellFormed = value.isString();
    if (value.isString()) {
        audiences << value.toString();
    } else if (value.isArray()) {
        wellFormed = true;
        for (const QJsonValue &entry : value.toArray()) {
            wellFormed = wellFormed && entry.isString();
            audiences << entry.toString();
        }
    }
    if (expected.isEmpty()) {
        check.status = Status::Skipped;
        check.detail = audiences.isEmpty() ? ClaimValidator::tr("No expected audience configured.")
                                           : ClaimValidator::tr("No expected audience configured; the token is for %1.")
                                                 .arg(quotedList(audiences));
        return check;
    }
    if (value.isUndefined()) {
        check.status = Status::Fail;
        check.detail =
            ClaimValidator::tr("The token has no 'aud' (audience) claim; expected %1.").arg(quotedList(expected));
        return check;
    }
    if (!wellFormed) {
        check.status = Status::Fail;
        check.detail = ClaimValidator::tr("'aud' must be a string or an array of strings.");
        return check;
    }
    for (const QString &audience : expected) {
        if (audiences.contains(audience)) {
            check.detail = ClaimValidator::tr("The audience includes '%1'.").arg(audience);
            return check;
        }
    }
    check.status = Status::Fail;
    check.detail =
        ClaimValidator::tr("The token is for %1, not for %2. Request the token with the right 'audience' parameter.")
            .arg(quotedList(audiences), quotedList(expected));
    return check;
}

// exp and nbf: NumericDate claims checked against now with leeway (RFC 7519 §4.1.4, §4.1.5).
ValidationCheck checkTime(const QJsonObject &payload, const char *claim, const ValidationOptions &options)
{
    const QString name = QLatin1String(claim);
    const bool isExpiry = name == QLatin1String("exp");
    ValidationCheck check{name, Status::Pass, {}};
    const QJsonValue value = payload.value(name);
    if (value.isUndefined()) {
        check.status = isExpiry ? Status::Fail : Status::Skipped;
        check.detail =
            isExpiry
                ? ClaimValidator::tr("The token has no 'exp' claim, so it never expires; Auth0 tokens always have one.")
                : ClaimValidator::tr("The token has no 'nbf' claim.");
        return check;
    }
    const std::optional<qint64> numeric = numericDate(value);
    if (!numeric) {
        check.status = Status::Fail;
        check.detail =
            ClaimValidator::tr("'%1' is not a number of seconds since 1970 (NumericDate) in the years 1 to 9999.")
                .arg(name);
        return check;
    }
    const qint64 when = *numeric;
    const qint64 now = options.clock->now().toSecsSinceEpoch();
    const int leeway = options.leewaySeconds;
    if (isExpiry) {
        if (now < when) {
            if (options.describePassingChecks)
                check.detail = ClaimValidator::tr("Expires in %1 (%2 UTC).").arg(duration(when - now), utcTime(when));
        } else if (now < when + leeway) {
            check.detail = ClaimValidator::tr("Expired %1 ago (%2 UTC), within the allowed clock skew of %3 s.")
                               .arg(duration(now - when), utcTime(when))
                               .arg(leeway);
        } else {
            check.status = Status::Fail;
            check.detail =
                ClaimValidator::tr("Expired %1 ago (%2 UTC); the allowed clock skew is %3 s. Get a new token.")
                    .arg(duration(now - when), utcTime(when))
                    .arg(leeway);
        }
    } else {
        if (now >= when) {
            if (options.describePassingChecks)
                check.detail = ClaimValidator::tr("Valid since %1 UTC.").arg(utcTime(when));
        } else if (now >= when - leeway) {
            check.detail = ClaimValidator::tr("Valid in %1 (%2 UTC), within the allowed clock skew of %3 s.")
                               .arg(duration(when - now), utcTime(when))
                               .arg(leeway);
        } else {
            check.status = Status::Fail;
            check.detail = ClaimValidator::tr("Not valid before %1 UTC, %2 from now; the allowed clock skew is %3 s. "
                                              "Check this computer's clock.")
                               .arg(utcTime(when), duration(when - now))
                               .arg(leeway);
        }
    }
    return check;
}

ValidationCheck checkAuthorizedParty(const QJsonObject &payload, const QString &expected)
{
    ValidationCheck check{QStringLiteral("azp"), Status::Pass, {}};
    // RFC 9068 access tokens (typ at+jwt) name the client in client_id instead of azp.
    QString claim = QStringLiteral("azp");
    if (!payload.contains(claim) && payload.contains(QLatin1String("client_id")))
        claim = QStringLiteral("client_id");
    const QString actual = payload.value(claim).toString();
    if (expected.isEmpty()) {
        check.status = Status::Skipped;
        check.detail = actual.isEmpty()
                           ? ClaimValidator::tr("No expected client configured.")
                           : ClaimValidator::tr("No expected client configured; %1 is '%2'.").arg(claim, actual);
    } else if (actual.isEmpty()) {
        check.status = Status::Fail;
        check.detail =
            ClaimValidator::tr("The token has no 'azp' (or 'client_id') claim; expected client '%1'.").arg(expected);
    } else if (actual == expected) {
        check.detail = ClaimValidator::tr("Issued to client '%1' (%2).").arg(actual, claim);
    } else {
        check.status = Status::Fail;
        check.detail = ClaimValidator::tr("Issued to client '%1' (%2), not to '%3'.").arg(actual, claim, expected);
    }
    return check;
}

// Organization claims never fail a token: many tokens are legitimately issued outside organizations.
QList<ValidationCheck> checkOrganization(const QJsonObject &payload)
{
    const QJsonValue orgId = payload.value(QLatin1String("org_id"));
    const QJsonValue orgName = payload.value(QLatin1String("org_name"));
    ValidationCheck id{QStringLiteral("org_id"), Status::Pass, {}};
    ValidationCheck name{QStringLiteral("org_name"), Status::Pass, {}};
    if (orgId.isString()) {
        id.detail = ClaimValidator::tr("Organization '%1'.").arg(orgId.toString());
    } else {
        id.status = Status::Warning;
        id.detail =
            orgId.isUndefined()
                ? ClaimValidator::tr("No 'org_id': the login did not run in organization context (for example no "
                                     "'organization' parameter, or a flow that does not support Organizations).")
                : ClaimValidator::tr("'org_id' is not a string.");
    }
    if (orgName.isString() && orgId.isString()) {
        name.detail = ClaimValidator::tr("Organization name '%1'.").arg(orgName.toString());
    } else if (orgName.isString()) {
        name.status = Status::Warning;
        name.detail = ClaimValidator::tr("'org_name' ('%1') is present without 'org_id': Auth0 only adds org_name next "
                                         "to org_id, so this claim probably comes from elsewhere.")
                          .arg(orgName.toString());
    } else {
        name.status = Status::Warning;
        name.detail = orgId.isString()
                          ? ClaimValidator::tr("No 'org_name': the tenant setting \"Allow Organization Names in "
                                               "Authentication API\" is off (it is off by default).")
                          : ClaimValidator::tr("No 'org_name' (no organization claims at all).");
    }
    return {id, name};
}

} // namespace

QString ValidationCheck::statusName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Warning:
        return QStringLiteral("warning");
    case Status::Skipped:
        break;
    }
    return QStringLiteral("skipped");
}

bool ValidationReport::passed() const
{
    return std::none_of(checks.cbegin(), checks.cend(),
                        [](const ValidationCheck &check) { return check.status == Status::Fail; });
}

const ValidationCheck *ValidationReport::find(const QString &name) const
{
    for (const ValidationCheck &check : checks) {
        if (check.name == name)
            return &check;
    }
    return nullptr;
}

QJsonObject ValidationReport::toJson(Detail detail) const
{
    QJsonArray array;
    for (const ValidationCheck &check : checks) {
        QJsonObject entry{{QLatin1String("name"), check.name},
                          {QLatin1String("status"), ValidationCheck::statusName(check.status)}};
        const bool passedOrSkipped =
            check.status == ValidationCheck::Status::Pass || check.status == ValidationCheck::Status::Skipped;
        if (detail == Detail::All || !passedOrSkipped)
            entry.insert(QLatin1String("detail"), check.detail);
        array.append(entry);
    }
    return QJsonObject{{QLatin1String("passed"), passed()}, {QLatin1String("checks"), array}};
}

ValidationReport validateClaims(const DecodedToken &token, const ValidationOptions &options)
{
    ValidationReport report;
    report.checks << checkIssuer(token.payload, options.issuer) << checkAudience(token.payload, options.audiences)
                  << checkTime(token.payload, "exp", options) << checkTime(token.payload, "nbf", options)
                  << checkAuthorizedParty(token.payload, options.authorizedParty) << checkOrganization(token.payload);
    return report;
}

} // namespace orglens::jwt
