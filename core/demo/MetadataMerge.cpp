#include "MetadataMerge.h"

#include <QJsonArray>
#include <QStringList>

#include <optional>

namespace orglens::demo {

namespace {

const auto InvalidBody = QStringLiteral("invalid_body");
const auto AppMetadata = QStringLiteral("app_metadata");
const auto UserMetadata = QStringLiteral("user_metadata");

Error bodyError(const QString &what)
{
    return {InvalidBody, QStringLiteral("Payload validation error: %1").arg(what)};
}

// Auth0 stores metadata in a document database whose field names may not contain '.' or '$'.
std::optional<Error> checkKeys(const QJsonValue &value, const QString &path)
{
    if (value.isArray()) {
        const auto array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto error = checkKeys(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)))
                return error;
        }
        return std::nullopt;
    }
    if (!value.isObject())
        return std::nullopt;
    const auto object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key.contains(u'.') || key.contains(u'$')) {
            return bodyError(QStringLiteral("the key '%1' in %2 contains '%3'; metadata field names may not "
                                            "contain '.' or '$' (use a nested object or another name)")
                                 .arg(key, path, key.contains(u'.') ? QStringLiteral(".") : QStringLiteral("$")));
        }
        if (auto error = checkKeys(it.value(), path + u'.' + key))
            return error;
    }
    return std::nullopt;
}

// Properties Auth0 accepts on PATCH that the demo tenant does not model: refused rather than silently ignored.
const QStringList UnsupportedProperties{QStringLiteral("nickname"),
                                        QStringLiteral("given_name"),
                                        QStringLiteral("family_name"),
                                        QStringLiteral("picture"),
                                        QStringLiteral("blocked"),
                                        QStringLiteral("password"),
                                        QStringLiteral("phone_number"),
                                        QStringLiteral("phone_verified"),
                                        QStringLiteral("username"),
                                        QStringLiteral("connection"),
                                        QStringLiteral("client_id"),
                                        QStringLiteral("verify_email"),
                                        QStringLiteral("verify_phone_number"),
                                        QStringLiteral("verify_password")};

Result<QString> stringProperty(const QString &key, const QJsonValue &value)
{
    if (!value.isString() || value.toString().isEmpty())
        return bodyError(QStringLiteral("%1 must be a non-empty string").arg(key));
    return value.toString();
}

} // namespace

Result<QJsonObject> MetadataMerge::merge(const QJsonObject &current, const QJsonValue &patch, const QString &name)
{
    if (!patch.isObject())
        return bodyError(QStringLiteral("%1 must be an object, e.g. {\"%1\":{\"key\":\"value\"}}").arg(name));
    const auto changes = patch.toObject();
    if (auto error = checkKeys(changes, name))
        return *error;
    if (changes.isEmpty())
        return QJsonObject(); // documented Auth0 behaviour: {} wipes the metadata
    QJsonObject merged = current;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            merged.remove(it.key());
        else
            merged.insert(it.key(), it.value());
    }
    return merged;
}

Result<User> MetadataMerge::applyUserPatch(const User &user, const QJsonObject &patch)
{
    if (patch.isEmpty())
        return bodyError(QStringLiteral("the body has no properties; send at least one, e.g. "
                                        "{\"app_metadata\":{\"default_org_id\":\"org_acme\"}}"));
    User updated = user;
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        const QString key = it.key();
        if (key == AppMetadata || key == UserMetadata) {
            QJsonObject &target = key == AppMetadata ? updated.appMetadata : updated.userMetadata;
            auto merged = merge(target, it.value(), key);
            if (!merged)
                return merged.error();
            target = merged.value();
        } else if (key == QLatin1String("email") || key == QLatin1String("name")) {
            auto text = stringProperty(key, it.value());
            if (!text)
                return text.error();
            (key == QLatin1String("email") ? updated.email : updated.name) = text.value();
        } else if (key == QLatin1String("email_verified")) {
            if (!it.value().isBool())
                return bodyError(QStringLiteral("email_verified must be a boolean"));
            updated.emailVerified = it.value().toBool();
        } else if (UnsupportedProperties.contains(key)) {
            return bodyError(QStringLiteral("'%1' cannot be changed on the demo tenant (supported: app_metadata, "
                                            "user_metadata, email, email_verified, name)")
                                 .arg(key));
        } else {
            return bodyError(QStringLiteral("Additional properties not allowed: %1").arg(key));
        }
    }
    return updated;
}

bool MetadataMerge::touchesOnlyAppMetadata(const QJsonObject &patch)
{
    return patch.size() == 1 && patch.contains(AppMetadata);
}

} // namespace orglens::demo
