#pragma once

#include <QJsonObject>
#include <QString>

// A subject token no tenant could have issued: RS256, signed with a key made for it and thrown away. What the
// doctor's probes send to find out whether an exchange Action verifies what it is given.

namespace orglens::profiles {
struct Profile;
}

namespace orglens::doctor {

// `claims` become the payload; the header says RS256 and `kid` (so only the signature gives the forgery away).
QString forgeToken(const QJsonObject &claims, const QString &kid);

// What an access token from the profile's own device login would carry for `subject` (iss, aud, azp, a fresh exp
// and the namespaced org claim with `orgId`), forged.
QJsonObject forgedSubjectClaims(const profiles::Profile &profile, const QString &subject, const QString &orgId);
QString forgedSubjectToken(const profiles::Profile &profile, const QString &subject, const QString &orgId);

} // namespace orglens::doctor
