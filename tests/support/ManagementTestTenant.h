#pragma once

// A started demo tenant with a client for its Management API over real HTTP: bearer tokens from the tenant's
// client_credentials grant, and one call per HTTP verb.
#include "DemoTenantFixture.h"
#include "HttpTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace orglens::test {

// A request body.
inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The body of POST /api/v2/actions/actions for an Action of `trigger` ("post-login", "custom-token-exchange").
inline QJsonObject actionBody(const QString &name, const QString &trigger, const QString &code)
{
    const QString version = trigger == QLatin1String("post-login") ? QStringLiteral("v3") : QStringLiteral("v1");
    return {{QStringLiteral("name"), name},
            {QStringLiteral("supported_triggers"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), trigger}, {QStringLiteral("version"), version}}}},
            {QStringLiteral("code"), code}};
}

// A started tenant (the shared fixture, on `clock` when given) plus a bearer-token client that speaks to its
// Management API.
struct ManagementTestTenant {
    explicit ManagementTestTenant(demo::DemoTenantOptions options = DemoTenantFixture::testOptions(),
                                  MovableClock *clock = nullptr)
        : fixture(options, clock), tenant(fixture.tenant())
    {
        if (!fixture.started())
            qFatal("demo tenant did not start: %s", qPrintable(fixture.startError()));
    }

    QUrl api(const QString &pathAndQuery) const
    {
        return QUrl(tenant.issuer().toString() + QStringLiteral("api/v2/") + pathAndQuery);
    }

    QByteArray token(const QString &clientId = QStringLiteral("demo-m2m"),
                     const QString &secret = QStringLiteral("demo-m2m-secret"), QString audience = {})
    {
        if (audience.isEmpty())
            audience = tenant.managementAudience().toString();
        const auto reply = fixture.token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                          {QStringLiteral("client_id"), clientId},
                                          {QStringLiteral("client_secret"), secret},
                                          {QStringLiteral("audience"), audience}});
        if (reply.status != 200)
            qFatal("client_credentials failed: %d %s", reply.status, reply.body.constData());
        return reply.json().value(QStringLiteral("access_token")).toString().toLatin1();
    }

    HttpReply get(const QString &pathAndQuery, const QByteArray &bearer) { return http.get(api(pathAndQuery), bearer); }
    HttpReply patch(const QString &path, const QByteArray &bearer, const QByteArray &body)
    {
        return http.send("PATCH", api(path), bearer, body);
    }
    HttpReply post(const QString &path, const QByteArray &bearer, const QByteArray &body = "{}")
    {
        return http.send("POST", api(path), bearer, body);
    }
    HttpReply remove(const QString &pathAndQuery, const QByteArray &bearer)
    {
        return http.send("DELETE", api(pathAndQuery), bearer, {});
    }

    DemoTenantFixture fixture;
    demo::DemoTenant &tenant;
    HttpTestClient http;
};

} // namespace orglens::test

// Checks the HTTP status of `call` (a reply, or a request: it is evaluated once) and shows the body when it differs.
#define VERIFY_STATUS(call, expected)                                                                                  \
    do {                                                                                                               \
        const orglens::test::HttpReply answer = (call);                                                                \
        QVERIFY2(answer.status == (expected),                                                                          \
                 qPrintable(QStringLiteral("HTTP %1 (%2): %3")                                                         \
                                .arg(answer.status)                                                                    \
                                .arg(answer.networkError, QString::fromUtf8(answer.body))));                           \
    } while (false)
