#include "DefaultOrg.h"

namespace orglens::management {

QJsonValue defaultOrgOf(const QJsonObject &user)
{
    const QJsonValue value = user.value(QLatin1String("app_metadata")).toObject().value(DefaultOrgKey);
    return value.isUndefined() ? QJsonValue() : value;
}

QString defaultOrgId(const QJsonObject &user)
{
    return defaultOrgOf(user).toString();
}

QJsonObject defaultOrgChange(const QJsonValue &orgId)
{
    return {{DefaultOrgKey, orgId}};
}

} // namespace orglens::management
