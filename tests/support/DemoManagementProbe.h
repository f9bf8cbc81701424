#pragma once

// Reads a running demo tenant over real HTTP, as any Management API client would, with the seeded M2M application:
// for tests that hold only its issuer (the tenant may be restarted under them).
#include "HttpTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace orglens::test {

// A Management API access token of demo-m2m (client credentials), or empty when the tenant refuses or is down.
inline QByteArray demoManagementToken(HttpTestClient &http, const QUrl &issuer)
{
    const HttpReply reply =
        http.postForm(QUrl(issuer.toString() + QStringLiteral("oauth/token")),
                      {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                       {QStringLiteral("client_id"), QStringLiteral("demo-m2m")},
                       {QStringLiteral("client_secret"), QStringLiteral("demo-m2m-secret")},
                       {QStringLiteral("audience"), issuer.toString() + QStringLiteral("api/v2/")}});
    return reply.json().object().value(QStringLiteral("access_token")).toString().toLatin1();
}

// GET /api/v2/<pathAndQuery> with a fresh demo-m2m token.
inline HttpReply demoManagementGet(HttpTestClient &http, const QUrl &issuer, const QString &pathAndQuery)
{
    return http.get(QUrl(issuer.toString() + QStringLiteral("api/v2/") + pathAndQuery),
                    demoManagementToken(http, issuer));
}

// The display names of the Actions bound to the post-login trigger.
inline QStringList boundPostLoginActions(HttpTestClient &http, const QUrl &issuer)
{
    QStringList names;
    const HttpReply reply = demoManagementGet(http, issuer, QStringLiteral("actions/triggers/post-login/bindings"));
    for (const QJsonValue &binding : reply.json().object().value(QStringLiteral("bindings")).toArray())
        names << binding.toObject().value(QStringLiteral("display_name")).toString();
    return names;
}

} // namespace orglens::test
