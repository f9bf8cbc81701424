#include "DoctorTexts.h"

namespace orglens::doctor {

QString DoctorTexts::actionProbeNotice()
{
    return tr("The tenant runs its deployed Actions with test events (a device-code login, a refresh, and an "
              "exchange of a subject token signed by a throwaway key); nothing is written to the tenant. Needs the "
              "create:actions scope.");
}

QString DoctorTexts::exchangeProbeNotice(const QUrl &issuer, const QString &userId)
{
    const QString user = userId.isEmpty() ? tr("a test user") : userId;
    return tr("Sends the token endpoint of %1 a token exchange whose subject token is signed by a throwaway key "
              "(the claims of a device token of %2); a token it returns is shown decoded, never stored.")
        .arg(issuer.toString(), user);
}

QString DoctorTexts::criticalFinding(const DoctorReport &report)
{
    if (!report.critical())
        return {};
    // exchange-verifies-subject is the only step that fails critically.
    return tr("the token exchange accepts forged subject tokens: anyone can obtain tokens for any user and "
              "organization");
}

} // namespace orglens::doctor
