#pragma once

#include "common/Clock.h"
#include "jwt/TokenDecoder.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace orglens::jwt {

// What a token is expected to look like. Empty issuer/audiences/authorizedParty skip that check.
struct ValidationOptions {
    QString issuer;          // exact match, e.g. "https://tenant.eu.auth0.com/" (Auth0 issuers end with '/')
    QStringList audiences;   // the token's aud must contain at least one of these
    QString authorizedParty; // expected azp (client id); RFC 9068 tokens' client_id is accepted too
    int leewaySeconds = 60;  // clock skew allowed for exp and nbf
    const Clock *clock = &Clock::system();
    // false leaves the (costly, time-formatting) text of passing time checks empty: batch output omits it anyway.
    bool describePassingChecks = true;
};

// One check of a ValidationReport; `name` is the claim checked ("iss", "aud", "exp", "nbf", "azp",
// "org_id", "org_name").
struct ValidationCheck {
    enum class Status { Pass, Fail, Warning, Skipped };
    QString name;
    Status status = Status::Skipped;
    QString detail; // user-facing: what was found and, on failure, how to fix it

    static QString statusName(Status status); // "pass", "fail", "warning", "skipped"
};

struct ValidationReport {
    QList<ValidationCheck> checks;

    bool passed() const; // no check failed (warnings and skipped checks do not fail a token)
    const ValidationCheck *find(const QString &name) const;
    // {"passed": bool, "checks": [{"name", "status", "detail"}]}
    // Details of passing and skipped checks are left out with Detail::Problems (batch output).
    enum class Detail { All, Problems };
    QJsonObject toJson(Detail detail = Detail::All) const;
};

// Checks the claims of a decoded token; signature verification is separate (SignatureVerifier.h).
ValidationReport validateClaims(const DecodedToken &token, const ValidationOptions &options);

} // namespace orglens::jwt
