#include "SubjectTokenType.h"

namespace orglens::oauth {

bool isReservedSubjectTokenType(const QString &type)
{
    static const char *const reserved[] = {"http://auth0.com", "https://auth0.com", "http://okta.com",
                                           "https://okta.com", "urn:ietf",          "urn:auth0",
                                           "urn:okta"};
    for (const char *prefix : reserved) {
        if (type.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isUsableSubjectTokenType(const QString &type)
{
    const bool ownedForm = (type.startsWith(QLatin1String("https://")) && type.size() > 8) ||
                           (type.startsWith(QLatin1String("urn:")) && type.size() > 4);
    return ownedForm && !isReservedSubjectTokenType(type);
}

} // namespace orglens::oauth
