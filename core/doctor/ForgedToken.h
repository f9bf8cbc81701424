#pragma once

#include <QJsonObject>
#include <QString>

// Subject tokens no tenant could have issued: RS256, signed with a throwaway key (jwt::SigningKey, made for one doctor
// run). What the doctor's probes send to find out whether an exchange Action verifies what it is given.

namespace orglens::profiles {
struct Profile;
}
namespace orglens::jwt {
class SigningKey;
}

namespace orglens::doctor {

// What an access token from the profile's own device login would carry for `subject` (iss, aud, azp, a fresh exp
// and the namespaced org claim with `orgId`).
QJsonObject forgedSubjectClaims(const profiles::Profile &profile, const QString &subject, const QString &orgId);
// `claims` signed with `key`, under the kid "orglens-doctor-probe" (so only the signature gives the forgery away).
QString forgeToken(const jwt::SigningKey &key, const QJsonObject &claims);

} // namespace orglens::doctor
