#pragma once

#include "TenantStore.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace orglens::demo {

// Auth0's PATCH /api/v2/users/{id} semantics, as pure functions over the user's JSON.
// Errors carry the code "invalid_body" and say which property is wrong and why.
class MetadataMerge {
public:
    // Merges a metadata patch into current on the first level: a key set to null is deleted, any other value
    // (nested objects included) replaces the old one, and an empty object wipes the metadata entirely.
    // name ("app_metadata") is used in error messages; keys containing '.' or '$' (at any depth) are refused.
    static Result<QJsonObject> merge(const QJsonObject &current, const QJsonValue &patch, const QString &name);

    // Applies a whole PATCH body: the root properties the demo tenant models (email, email_verified, name) are
    // replaced, app_metadata and user_metadata merged with merge(). Returns the updated copy; on error nothing
    // is changed. updated_at is the caller's business.
    static Result<User> applyUserPatch(const User &user, const QJsonObject &patch);

    // True when the body changes nothing but app_metadata: such a PATCH is allowed with the narrower
    // update:users_app_metadata scope.
    static bool touchesOnlyAppMetadata(const QJsonObject &patch);
};

} // namespace orglens::demo
