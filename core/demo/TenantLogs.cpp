#include "TenantLogs.h"

#include "TenantStore.h"

#include <QHash>

#include <algorithm>

namespace orglens::demo {

namespace {

// Auth0's event types for a token request, by grant_type: {success, failure}.
const QHash<QString, std::pair<const char *, const char *>> &tokenTypes()
{
    static const QHash<QString, std::pair<const char *, const char *>> types{
        {QStringLiteral("authorization_code"), {"seacft", "feacft"}},
        {QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"), {"sede", "fede"}},
        {QStringLiteral("client_credentials"), {"seccft", "feccft"}},
        {QStringLiteral("refresh_token"), {"sertft", "fertft"}},
        {QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange"), {"secte", "fecte"}},
        {QStringLiteral("password"), {"sepft", "fepft"}}};
    return types;
}

QString text(const QJsonObject &event, const char *key)
{
    return event.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject LogEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("log_id"), logId},
                     {QStringLiteral("_id"), logId},
                     {QStringLiteral("date"), date.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("description"), description},
                     {QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                     {QStringLiteral("details"), details}};
    for (const auto &[key, value] : {std::pair{"client_id", clientId}, std::pair{"client_name", clientName},
                                     std::pair{"user_id", userId}, std::pair{"user_name", userName}}) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    }
    return json;
}

std::optional<LogEntry> TenantLogs::fromEvent(const QJsonObject &event, const TenantStore &store)
{
    const QString kind = text(event, "type");
    LogEntry entry;
    entry.date = QDateTime::fromString(text(event, "time"), Qt::ISODateWithMs);
    entry.clientId = text(event, "client_id");
    entry.userId = text(event, "user_id");
    if (kind == QLatin1String("token_issued") || kind == QLatin1String("token_error")) {
        const auto types = tokenTypes().value(text(event, "grant_type"));
        if (!types.first)
            return std::nullopt;
        const bool issued = kind == QLatin1String("token_issued");
        entry.type = QLatin1String(issued ? types.first : types.second);
        entry.description = issued ? QString() : text(event, "error_description");
        if (!issued)
            entry.details = {{QStringLiteral("error"), text(event, "error")}};
    } else if (kind == QLatin1String("login")) {
        entry.type = QStringLiteral("s");
    } else if (kind == QLatin1String("login_failed")) {
        entry.type = QStringLiteral("fp");
        entry.description = QStringLiteral("Wrong email or password.");
        entry.userName = text(event, "email");
    } else if (kind == QLatin1String("refresh_token_reuse")) {
        entry.type = QStringLiteral("ferrt");
        entry.description = QStringLiteral("Unsuccessful Refresh Token exchange, reused refresh token detected");
    } else if (kind == QLatin1String("logout")) {
        entry.type = QStringLiteral("slo");
    } else if (kind == QLatin1String("device_denied")) {
        entry.type = QStringLiteral("fdecc");
    } else if (kind == QLatin1String("device_activation_failed")) {
        entry.type = QStringLiteral("fdeac");
    } else {
        return std::nullopt;
    }
    if (const Client *client = store.findClient(entry.clientId))
        entry.clientName = client->name;
    if (const User *user = store.findUser(entry.userId))
        entry.userName = user->email;
    return entry;
}

void TenantLogs::append(LogEntry entry)
{
    // Fixed-width, growing ids: a later entry's id sorts after an earlier one's, as checkpoint paging needs.
    entry.logId = QStringLiteral("900%1").arg(m_nextSequence++, 17, 10, QLatin1Char('0'));
    m_entries.push_back(std::move(entry));
}

const LogEntry *TenantLogs::find(const QString &logId) const
{
    const auto found =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const LogEntry &entry) { return entry.logId == logId; });
    return found == m_entries.cend() ? nullptr : &*found;
}

} // namespace orglens::demo
