#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

// Where a user's default organization lives: app_metadata.default_org_id, read from a user as the Management API
// returns it and written with a PATCH of app_metadata.
namespace orglens::management {

// The key inside app_metadata, and the whole path as the audit log names it.
inline constexpr QLatin1String DefaultOrgKey("default_org_id");
inline constexpr QLatin1String DefaultOrgPath("app_metadata.default_org_id");

// The user's default organization as stored: a string, or null when the key is absent.
QJsonValue defaultOrgOf(const QJsonObject &user);
// The same as text: empty when the key is absent.
QString defaultOrgId(const QJsonObject &user);
// The app_metadata changes that set the key to `orgId` (null deletes it) and leave every other key as it is.
QJsonObject defaultOrgChange(const QJsonValue &orgId);

} // namespace orglens::management
