// The demo tenant's Management API over real HTTP: tokens from the tenant's client_credentials grant, every
// endpoint and error path, token expiry, rate limiting, fault injection and slow responses (time and delays on a
// clock the tests move).
#include "DemoTenantFixture.h"
#include "EventLoop.h"
#include "HttpTestClient.h"
#include "ManagementTestTenant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace orglens;
using namespace orglens::demo;
using orglens::test::DemoTenantFixture;
using orglens::test::HttpReply;
using orglens::test::HttpTestClient;
using Tenant = orglens::test::ManagementTestTenant;
using namespace std::chrono_literals;

namespace {

const QDateTime Start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

QString encoded(const QString &pathSegment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(pathSegment));
}

QJsonObject object(const HttpReply &reply)
{
    return reply.json().object();
}

QStringList ids(const QJsonArray &items, const char *key = "user_id")
{
    QStringList values;
    for (const auto &item : items)
        values << item.toObject().value(QLatin1String(key)).toString();
    return values;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestManagementApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_tenant = std::make_unique<Tenant>();
        m_token = m_tenant->token();
    }
    void cleanupTestCase() { m_tenant.reset(); }

    void getsAUserInAuth0Shape()
    {
        const HttpReply reply =
            m_tenant->get(QStringLiteral("users/") + encoded(QStringLiteral("auth0|alice")), m_token);
        VERIFY_STATUS(reply, 200);
        const QJsonObject user = object(reply);
        QCOMPARE(user.value(QStringLiteral("user_id")).toString(), QStringLiteral("auth0|alice"));
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("alice@example.com"));
        QCOMPARE(user.value(QStringLiteral("email_verified")).toBool(), true);
        QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("Alice Example"));
        QCOMPARE(user.value(QStringLiteral("nickname")).toString(), QStringLiteral("alice"));
        QVERIFY(user.value(QStringLiteral("picture")).toString().startsWith(QStringLiteral("https://")));
        QVERIFY(user.contains(QStringLiteral("created_at")));
        QVERIFY(user.contains(QStringLiteral("updated_at")));
        QVERIFY(user.contains(QStringLiteral("logins_count")));
        const QJsonObject identity = user.value(QStringLiteral("identities")).toArray().first().toObject();
        QCOMPARE(identity.value(QStringLiteral("connection")).toString(),
                 QStringLiteral("Username-Password-Authentication"));
        QCOMPARE(identity.value(QStringLiteral("provider")).toString(), QStringLiteral("auth0"));
        QCOMPARE(identity.value(QStringLiteral("user_id")).toString(), QStringLiteral("alice"));
        QCOMPARE(identity.value(QStringLiteral("isSocial")).toBool(), false);
        QCOMPARE(user.value(QStringLiteral("app_metadata")).toObject().value(QStringLiteral("default_org_id")),
                 QJsonValue(QStringLiteral("org_acme")));
        // Rate-limit headers on every answer.
        QCOMPARE(reply.header("x-ratelimit-limit"),
                 QByteArray::number(DemoTenantFixture::testOptions().managementRateLimit));
        QVERIFY(!reply.header("x-ratelimit-remaining").isEmpty());
        QVERIFY(!reply.header("x-ratelimit-reset").isEmpty());
    }

    void loginsAreCountedFromTenantEvents()
    {
        const QString path = QStringLiteral("users/auth0%7Cdave");
        QCOMPARE(object(m_tenant->get(path, m_token)).value(QStringLiteral("logins_count")).toInt(), 0);
        QVERIFY(!object(m_tenant->get(path, m_token)).contains(QStringLiteral("last_login")));
        // The tenant's login pages emit this event on every successful login.
        m_tenant->tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("login")},
                                               {QStringLiteral("user_id"), QStringLiteral("auth0|dave")},
                                               {QStringLiteral("time"), QStringLiteral("2026-01-02T03:04:05.000Z")}});
        const QJsonObject user = object(m_tenant->get(path, m_token));
        QCOMPARE(user.value(QStringLiteral("logins_count")).toInt(), 1);
        QCOMPARE(user.value(QStringLiteral("last_login")).toString(), QStringLiteral("2026-01-02T03:04:05.000Z"));
    }

    void unknownUserIs404()
    {
        const HttpReply reply =
            m_tenant->get(QStringLiteral("users/") + encoded(QStringLiteral("auth0|nobody")), m_token);
        VERIFY_STATUS(reply, 404);
        QCOMPARE(object(reply), QJsonDocument::fromJson(R"({"statusCode":404,"error":"Not Found",
            "message":"The user does not exist.","errorCode":"inexistent_user"})")
                                    .object());
        QVERIFY(!reply.header("x-ratelimit-remaining").isEmpty());
    }

    void searchesUsers_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("default org") << QStringLiteral("app_metadata.default_org_id:\"org_acme\"")
                                     << QStringList{QStringLiteral("auth0|alice")};
        QTest::newRow("email") << QStringLiteral("email:\"carol@example.com\"")
                               << QStringList{QStringLiteral("auth0|carol")};
        QTest::newRow("wildcard") << QStringLiteral("email:b*") << QStringList{QStringLiteral("auth0|bob")};
        QTest::newRow("no default org") << QStringLiteral("NOT _exists_:app_metadata.default_org_id")
                                        << QStringList{QStringLiteral("auth0|bob"), QStringLiteral("auth0|dave")};
        QTest::newRow("or") << QStringLiteral("app_metadata.plan:gold OR app_metadata.plan:free")
                            << QStringList{QStringLiteral("auth0|alice"), QStringLiteral("auth0|bob")};
    }
    void searchesUsers()
    {
        QFETCH(QString, q);
        QFETCH(QStringList, expected);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(q)));
        query.addQueryItem(QStringLiteral("search_engine"), QStringLiteral("v3"));
        const HttpReply reply = m_tenant->get(QStringLiteral("users?") + query.query(QUrl::FullyEncoded), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(ids(reply.json().array()), expected);
    }

    void badQueryIs400()
    {
        const HttpReply reply = m_tenant->get(QStringLiteral("users?search_engine=v3&q=%28email%3Aa"), m_token);
        VERIFY_STATUS(reply, 400);
        QCOMPARE(object(reply).value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_query_string"));
        QCOMPARE(object(reply).value(QStringLiteral("error")).toString(), QStringLiteral("Bad Request"));
        QVERIFY(object(reply).value(QStringLiteral("message")).toString().contains(QStringLiteral("never closed")));
    }

    void usersByEmail()
    {
        HttpReply reply = m_tenant->get(QStringLiteral("users-by-email?email=BOB%40example.com"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(ids(reply.json().array()), QStringList{QStringLiteral("auth0|bob")});
        reply = m_tenant->get(QStringLiteral("users-by-email?email=nobody%40example.com"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().array().size(), 0);
        reply = m_tenant->get(QStringLiteral("users-by-email"), m_token);
        VERIFY_STATUS(reply, 400);
    }

    void patchMergesAppMetadataSafely()
    {
        QSignalSpy events(&m_tenant->tenant, &DemoTenant::activity);
        const QString path = QStringLiteral("users/") + encoded(QStringLiteral("auth0|alice"));
        HttpReply reply = m_tenant->patch(path, m_token, R"({"app_metadata":{"default_org_id":"org_globex"}})");
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("app_metadata")).toObject(),
                 QJsonDocument::fromJson(R"({"default_org_id":"org_globex","plan":"gold","region":"eu"})").object());
        // The change is stored: a fresh GET sees it, other keys intact.
        reply = m_tenant->get(path, m_token);
        QCOMPARE(object(reply).value(QStringLiteral("app_metadata")).toObject(),
                 QJsonDocument::fromJson(R"({"default_org_id":"org_globex","plan":"gold","region":"eu"})").object());

        reply = m_tenant->patch(path, m_token, R"({"app_metadata":{"default_org_id":null}})");
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("app_metadata")).toObject(),
                 QJsonDocument::fromJson(R"({"plan":"gold","region":"eu"})").object());

        // The event names the user and the changes, never a token.
        QList<QJsonObject> patches;
        for (const auto &arguments : events) {
            const QJsonObject entry = arguments.first().toJsonObject();
            if (entry.value(QStringLiteral("type")).toString() == QLatin1String("patch_user"))
                patches << entry;
        }
        QCOMPARE(patches.size(), 2);
        QCOMPARE(patches.first().value(QStringLiteral("user_id")).toString(), QStringLiteral("auth0|alice"));
        QCOMPARE(compact(patches.first().value(QStringLiteral("changes")).toObject()),
                 QByteArray(R"({"app_metadata":{"default_org_id":"org_globex"}})"));
        QVERIFY(patches.first().contains(QStringLiteral("time")));
        QVERIFY(!compact(patches.first()).contains(m_token.left(20)));
    }

    void patchWithEmptyObjectWipes()
    {
        const QString path = QStringLiteral("users/") + encoded(QStringLiteral("auth0|bob"));
        HttpReply reply = m_tenant->patch(path, m_token, R"({"app_metadata":{}})");
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("app_metadata")).toObject(), QJsonObject());
        QCOMPARE(object(m_tenant->get(path, m_token)).value(QStringLiteral("app_metadata")).toObject(), QJsonObject());
    }

    void patchRefusesBadBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("dot key") << QByteArray(R"({"app_metadata":{"a.b":1}})") << QStringLiteral("contains '.'");
        QTest::newRow("dollar key") << QByteArray(R"({"app_metadata":{"$x":1}})") << QStringLiteral("contains '$'");
        QTest::newRow("invalid JSON") << QByteArray("{nope") << QStringLiteral("invalid JSON");
        QTest::newRow("unknown property")
            << QByteArray(R"({"shoe_size":44})") << QStringLiteral("Additional properties not allowed");
    }
    void patchRefusesBadBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const QString path = QStringLiteral("users/") + encoded(QStringLiteral("auth0|carol"));
        const QJsonObject before = object(m_tenant->get(path, m_token));
        const HttpReply reply = m_tenant->patch(path, m_token, body);
        VERIFY_STATUS(reply, 400);
        QCOMPARE(object(reply).value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_body"));
        QVERIFY2(object(reply).value(QStringLiteral("message")).toString().contains(messagePart),
                 reply.body.constData());
        QCOMPARE(object(m_tenant->get(path, m_token)), before); // nothing written
    }

    void patchUnknownUserIs404()
    {
        const HttpReply reply = m_tenant->patch(QStringLiteral("users/auth0%7Cnobody"), m_token, R"({"name":"x"})");
        VERIFY_STATUS(reply, 404);
        QCOMPARE(object(reply).value(QStringLiteral("errorCode")).toString(), QStringLiteral("inexistent_user"));
    }

    void organizationsOfAUser()
    {
        HttpReply reply = m_tenant->get(QStringLiteral("users/auth0%7Calice/organizations"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(ids(reply.json().array(), "id"),
                 (QStringList{QStringLiteral("org_acme"), QStringLiteral("org_globex")}));
        reply = m_tenant->get(QStringLiteral("users/auth0%7Calice/organizations?page=1&per_page=1&include_totals=true"),
                              m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(object(reply).value(QStringLiteral("start")).toInt(), 1);
        QCOMPARE(object(reply).value(QStringLiteral("limit")).toInt(), 1);
        QCOMPARE(ids(object(reply).value(QStringLiteral("organizations")).toArray(), "id"),
                 QStringList{QStringLiteral("org_globex")});
        reply = m_tenant->get(QStringLiteral("users/auth0%7Cdave/organizations"), m_token);
        QCOMPARE(reply.json().array().size(), 0);
        reply = m_tenant->get(QStringLiteral("users/auth0%7Cnobody/organizations"), m_token);
        VERIFY_STATUS(reply, 404);
    }

    void organizations()
    {
        HttpReply reply = m_tenant->get(QStringLiteral("organizations?include_totals=true&per_page=2"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(ids(object(reply).value(QStringLiteral("organizations")).toArray(), "id"),
                 (QStringList{QStringLiteral("org_acme"), QStringLiteral("org_globex")}));

        reply = m_tenant->get(QStringLiteral("organizations/org_globex"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("name")).toString(), QStringLiteral("globex"));
        QCOMPARE(object(reply).value(QStringLiteral("display_name")).toString(), QStringLiteral("Globex"));

        reply = m_tenant->get(QStringLiteral("organizations/name/initech"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("id")).toString(), QStringLiteral("org_initech"));

        VERIFY_STATUS(m_tenant->get(QStringLiteral("organizations/org_nope"), m_token), 404);
        VERIFY_STATUS(m_tenant->get(QStringLiteral("organizations/name/nope"), m_token), 404);
        VERIFY_STATUS(m_tenant->get(QStringLiteral("organizations?per_page=101"), m_token), 400);
    }

    void membersWithOffsetAndCheckpointPaging()
    {
        Tenant big(DemoTenantOptions{.syntheticUsers = 9});
        const QByteArray token = big.token();
        // org_acme: alice, bob and the odd synthetic users 1, 3, 5, 7, 9.
        HttpReply reply =
            big.get(QStringLiteral("organizations/org_acme/members?include_totals=true&per_page=3&page=1"), token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("total")).toInt(), 7);
        QCOMPARE(ids(object(reply).value(QStringLiteral("members")).toArray()),
                 (QStringList{QStringLiteral("auth0|user000003"), QStringLiteral("auth0|user000005"),
                              QStringLiteral("auth0|user000007")}));

        QStringList all;
        QString from;
        int pages = 0;
        do {
            QString path = QStringLiteral("organizations/org_acme/members?take=3");
            if (!from.isEmpty())
                path += QStringLiteral("&from=") + from;
            reply = big.get(path, token);
            VERIFY_STATUS(reply, 200);
            all << ids(object(reply).value(QStringLiteral("members")).toArray());
            from = object(reply).value(QStringLiteral("next")).toString();
            ++pages;
        } while (!from.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(all.size(), 7);
        QCOMPARE(all.first(), QStringLiteral("auth0|alice"));
        QCOMPARE(all.last(), QStringLiteral("auth0|user000009"));

        reply = big.get(QStringLiteral("organizations/org_acme/members?take=3&from=garbage"), token);
        VERIFY_STATUS(reply, 400);
        VERIFY_STATUS(big.get(QStringLiteral("organizations/org_nope/members"), token), 404);
    }

    void searchPagingAndTotals()
    {
        Tenant big(DemoTenantOptions{.syntheticUsers = 1200});
        const QByteArray token = big.token();
        HttpReply reply = big.get(QStringLiteral("users?q=app_metadata.plan%3Afree&search_engine=v3&per_page=100"
                                                 "&page=2&include_totals=true"),
                                  token);
        VERIFY_STATUS(reply, 200);
        const QJsonObject body = object(reply);
        QCOMPARE(body.value(QStringLiteral("total")).toInt(), 1201); // bob + 1,200 synthetic users
        QCOMPARE(body.value(QStringLiteral("start")).toInt(), 200);
        QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 100);
        QCOMPARE(body.value(QStringLiteral("length")).toInt(), 100);
        QCOMPARE(body.value(QStringLiteral("users")).toArray().first().toObject().value(QStringLiteral("user_id")),
                 QJsonValue(QStringLiteral("auth0|user000200")));
        // Beyond the first 1,000 results.
        reply = big.get(QStringLiteral("users?search_engine=v3&per_page=100&page=10"), token);
        VERIFY_STATUS(reply, 400);
        QCOMPARE(object(reply).value(QStringLiteral("errorCode")).toString(), QStringLiteral("invalid_paging"));
        VERIFY_STATUS(big.get(QStringLiteral("users?search_engine=v3&per_page=100&page=9"), token), 200);
    }

    void client()
    {
        HttpReply reply = m_tenant->get(QStringLiteral("clients/demo-native"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(object(reply).value(QStringLiteral("organization_usage")).toString(), QStringLiteral("allow"));
        QCOMPARE(object(reply).value(QStringLiteral("organization_require_behavior")).toString(),
                 QStringLiteral("no_prompt"));
        reply = m_tenant->get(QStringLiteral("clients/demo-m2m"), m_token);
        VERIFY_STATUS(reply, 200);
        QVERIFY(!object(reply).contains(QStringLiteral("client_secret")));
        QVERIFY(!reply.body.contains("demo-m2m-secret"));
        VERIFY_STATUS(m_tenant->get(QStringLiteral("clients/nope"), m_token), 404);
    }

    void clientGrantsFilteredByClientAndAudience()
    {
        const QString management = m_tenant->tenant.managementAudience().toString();
        const QString orders = QLatin1String(OrdersApiAudience);
        // Every grant, in seed order.
        HttpReply reply = m_tenant->get(QStringLiteral("client-grants"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(ids(reply.json().array(), "id"),
                 (QStringList{QStringLiteral("cgr_demo_m2m_management"), QStringLiteral("cgr_demo_m2m_orders"),
                              QStringLiteral("cgr_demo_readonly_management")}));
        // By client and audience (percent-encoded, as a client sends it): the grant the token endpoint enforces.
        reply = m_tenant->get(QStringLiteral("client-grants?client_id=demo-m2m&audience=") + encoded(orders), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().array().size(), 1);
        const QJsonObject grant = reply.json().array().first().toObject();
        QCOMPARE(grant, (QJsonObject{{QStringLiteral("id"), QStringLiteral("cgr_demo_m2m_orders")},
                                     {QStringLiteral("client_id"), QStringLiteral("demo-m2m")},
                                     {QStringLiteral("audience"), orders},
                                     {QStringLiteral("scope"), QJsonArray{QStringLiteral("read:orders")}},
                                     {QStringLiteral("organization_usage"), QStringLiteral("allow")},
                                     {QStringLiteral("allow_any_organization"), true}}));
        const ClientGrant *stored = m_tenant->tenant.store().findClientGrant(QStringLiteral("demo-m2m"), orders);
        QCOMPARE(grant.value(QStringLiteral("organization_usage")).toString(), stored->organizationUsage);
        // A grant whose organization_usage was never set has none (Auth0 omits it; it means deny).
        reply =
            m_tenant->get(QStringLiteral("client-grants?client_id=demo-m2m&audience=") + encoded(management), m_token);
        VERIFY_STATUS(reply, 200);
        const QJsonObject managementGrant = reply.json().array().first().toObject();
        QCOMPARE(managementGrant.value(QStringLiteral("id")).toString(), QStringLiteral("cgr_demo_m2m_management"));
        QVERIFY(!managementGrant.contains(QStringLiteral("organization_usage")));
        QVERIFY(
            managementGrant.value(QStringLiteral("scope")).toArray().contains(QStringLiteral("read:client_grants")));
        // By audience only, by client only, and no match.
        reply = m_tenant->get(QStringLiteral("client-grants?audience=") + encoded(management), m_token);
        QCOMPARE(ids(reply.json().array(), "client_id"),
                 (QStringList{QStringLiteral("demo-m2m"), QStringLiteral("demo-readonly")}));
        reply = m_tenant->get(QStringLiteral("client-grants?client_id=demo-readonly"), m_token);
        QCOMPARE(ids(reply.json().array(), "id"), QStringList{QStringLiteral("cgr_demo_readonly_management")});
        reply = m_tenant->get(QStringLiteral("client-grants?client_id=demo-native"), m_token);
        VERIFY_STATUS(reply, 200);
        QCOMPARE(reply.json().array(), QJsonArray());
    }

    void clientGrantsPageLikeTheOtherLists()
    {
        HttpReply reply = m_tenant->get(QStringLiteral("client-grants?per_page=2&page=1&include_totals=true"), m_token);
        VERIFY_STATUS(reply, 200);
        QJsonObject body = object(reply);
        QCOMPARE(body.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(body.value(QStringLiteral("start")).toInt(), 2);
        QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 2);
        QCOMPARE(ids(body.value(QStringLiteral("client_grants")).toArray(), "id"),
                 QStringList{QStringLiteral("cgr_demo_readonly_management")});
        reply = m_tenant->get(QStringLiteral("client-grants?take=2"), m_token);
        VERIFY_STATUS(reply, 200);
        body = object(reply);
        QCOMPARE(body.value(QStringLiteral("client_grants")).toArray().size(), 2);
        const QString next = body.value(QStringLiteral("next")).toString();
        QVERIFY(!next.isEmpty());
        reply = m_tenant->get(QStringLiteral("client-grants?take=2&from=") + encoded(next), m_token);
        QCOMPARE(ids(object(reply).value(QStringLiteral("client_grants")).toArray(), "id"),
                 QStringList{QStringLiteral("cgr_demo_readonly_management")});
        QVERIFY(!object(reply).contains(QStringLiteral("next")));
        reply = m_tenant->get(QStringLiteral("client-grants?per_page=101"), m_token);
        VERIFY_STATUS(reply, 400);
    }

    void clientGrantsNeedTheirScope()
    {
        const QByteArray readonly =
            m_tenant->token(QStringLiteral("demo-readonly"), QStringLiteral("demo-readonly-secret"));
        const HttpReply reply = m_tenant->get(QStringLiteral("client-grants?client_id=demo-m2m"), readonly);
        VERIFY_STATUS(reply, 403);
        QCOMPARE(object(reply), QJsonDocument::fromJson(R"({"statusCode":403,"error":"Forbidden",
            "message":"Insufficient scope, expected any of: read:client_grants","errorCode":"insufficient_scope"})")
                                    .object());
        VERIFY_STATUS(m_tenant->get(QStringLiteral("client-grants"), QByteArray()), 401);
    }

    void unknownPathIs404()
    {
        const HttpReply reply = m_tenant->get(QStringLiteral("roles"), m_token);
        VERIFY_STATUS(reply, 404);
        QCOMPARE(object(reply).value(QStringLiteral("statusCode")).toInt(), 404);
    }

    void authenticationErrors()
    {
        SigningKey otherKey;
        const qint64 now = m_tenant->fixture.clock().now().toSecsSinceEpoch();
        const QString issuer = m_tenant->tenant.issuer().toString();
        const QString audience = m_tenant->tenant.managementAudience().toString();
        const auto claims = [&](qint64 exp, const QJsonValue &aud) {
            return QJsonObject{{QStringLiteral("iss"), issuer},
                               {QStringLiteral("sub"), QStringLiteral("demo-m2m@clients")},
                               {QStringLiteral("aud"), aud},
                               {QStringLiteral("iat"), now - 100},
                               {QStringLiteral("exp"), exp},
                               {QStringLiteral("scope"), QStringLiteral("read:users")},
                               {QStringLiteral("gty"), QStringLiteral("client-credentials")}};
        };
        const QByteArray expired = m_tenant->tenant.signingKey().sign({}, claims(now - 10, audience));
        const QByteArray foreign = otherKey.sign({}, claims(now + 600, audience));
        const QByteArray ordersToken = m_tenant->token(QStringLiteral("demo-m2m"), QStringLiteral("demo-m2m-secret"),
                                                       QStringLiteral("https://api.orglens.example/"));
        const QString path = QStringLiteral("users/auth0%7Calice");

        const auto expect401 = [&](const QByteArray &bearer, const QString &message) {
            const HttpReply reply = m_tenant->get(path, bearer);
            VERIFY_STATUS(reply, 401);
            QCOMPARE(object(reply).value(QStringLiteral("error")).toString(), QStringLiteral("Unauthorized"));
            QCOMPARE(object(reply).value(QStringLiteral("message")).toString(), message);
            QVERIFY(!reply.header("x-ratelimit-limit").isEmpty());
        };
        expect401({}, QStringLiteral("Missing authentication"));
        expect401("not-a-jwt", QStringLiteral("Invalid token"));
        expect401(foreign, QStringLiteral("Invalid token"));
        expect401(m_token.left(m_token.size() - 4) + "AAAA", QStringLiteral("Invalid token"));
        expect401(expired, QStringLiteral("Expired token received for JSON Web Token validation"));
        expect401(ordersToken, QStringLiteral("Bad audience: https://api.orglens.example/"));
    }

    void expiredAccessTokenIsRefused()
    {
        FixedClock clock(Start);
        Tenant tenant(DemoTenantFixture::testOptions(), &clock);
        const QByteArray token = tenant.token();
        const QString path = QStringLiteral("users/auth0%7Calice");
        VERIFY_STATUS(tenant.get(path, token), 200);
        const std::chrono::seconds lifetime(tenant.tenant.options().accessTokenLifetimeSeconds);
        clock.advance(lifetime - 1s);
        VERIFY_STATUS(tenant.get(path, token), 200);
        clock.advance(1s);
        const HttpReply reply = tenant.get(path, token);
        VERIFY_STATUS(reply, 401);
        QCOMPARE(object(reply).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Expired token received for JSON Web Token validation"));
        VERIFY_STATUS(tenant.get(path, tenant.token()), 200); // a new token works
    }

    void insufficientScope()
    {
        const QByteArray readonly =
            m_tenant->token(QStringLiteral("demo-readonly"), QStringLiteral("demo-readonly-secret"));
        VERIFY_STATUS(m_tenant->get(QStringLiteral("users/auth0%7Cdave"), readonly), 200);

        HttpReply reply = m_tenant->patch(QStringLiteral("users/auth0%7Cdave"), readonly, R"({"name":"Dave X"})");
        VERIFY_STATUS(reply, 403);
        QCOMPARE(object(reply), QJsonDocument::fromJson(R"({"statusCode":403,"error":"Forbidden",
            "message":"Insufficient scope, expected any of: update:users","errorCode":"insufficient_scope"})")
                                    .object());

        reply = m_tenant->patch(QStringLiteral("users/auth0%7Cdave"), readonly, R"({"app_metadata":{"a":1}})");
        VERIFY_STATUS(reply, 403);
        QCOMPARE(object(reply).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Insufficient scope, expected any of: update:users,update:users_app_metadata"));

        reply = m_tenant->get(QStringLiteral("organizations"), readonly);
        VERIFY_STATUS(reply, 403);
        QCOMPARE(object(reply).value(QStringLiteral("message")).toString(),
                 QStringLiteral("Insufficient scope, expected any of: read:organizations"));
        VERIFY_STATUS(m_tenant->get(QStringLiteral("organizations/org_acme/members"), readonly), 403);
        VERIFY_STATUS(m_tenant->get(QStringLiteral("clients/demo-native"), readonly), 403);
    }

    void rateLimit()
    {
        FixedClock clock(Start); // the bucket refills only when the test moves the clock
        Tenant limited(DemoTenantOptions{.managementRateLimit = 3}, &clock);
        const QByteArray token = limited.token();
        const QString path = QStringLiteral("users/auth0%7Calice");
        for (const int remaining : {2, 1, 0}) {
            const HttpReply reply = limited.get(path, token);
            VERIFY_STATUS(reply, 200);
            QCOMPARE(reply.header("x-ratelimit-limit"), QByteArray("3"));
            QCOMPARE(reply.header("x-ratelimit-remaining"), QByteArray::number(remaining));
        }
        const HttpReply reply = limited.get(path, token);
        VERIFY_STATUS(reply, 429);
        QCOMPARE(object(reply), QJsonDocument::fromJson(R"({"statusCode":429,"error":"Too Many Requests",
            "message":"Global limit has been reached","errorCode":"too_many_requests"})")
                                    .object());
        QCOMPARE(reply.header("x-ratelimit-remaining"), QByteArray("0"));
        // The empty bucket is full again a second later.
        QCOMPARE(reply.header("x-ratelimit-reset"), QByteArray::number(Start.toSecsSinceEpoch() + 1));
        // Three per second: a third of a second brings back one request, no more.
        clock.advance(334ms);
        VERIFY_STATUS(limited.get(path, token), 200);
        VERIFY_STATUS(limited.get(path, token), 429);
    }

    void faultInjectionIsDeterministic()
    {
        const auto run = [](quint32 seed, int *faultEvents) {
            Tenant faulty(DemoTenantOptions{.failRate = 0.5, .failSeed = seed, .managementRateLimit = 1000});
            QSignalSpy events(&faulty.tenant, &DemoTenant::activity);
            const QByteArray token = faulty.token();
            QList<int> statuses;
            for (int i = 0; i < 24; ++i)
                statuses << faulty.get(QStringLiteral("users/auth0%7Cbob"), token).status;
            *faultEvents = 0;
            for (const auto &arguments : events) {
                const QJsonObject entry = arguments.first().toJsonObject();
                if (entry.value(QStringLiteral("type")).toString() == QLatin1String("management_fault")) {
                    ++*faultEvents;
                    if (entry.value(QStringLiteral("status")).toInt() != 500)
                        return QList<int>{};
                }
            }
            return statuses;
        };
        int eventsA = 0, eventsB = 0, eventsC = 0;
        const QList<int> first = run(7, &eventsA);
        const QList<int> second = run(7, &eventsB);
        const QList<int> other = run(8, &eventsC);
        QCOMPARE(first.size(), 24);
        QCOMPARE(first, second);
        QVERIFY(first.contains(200) && first.contains(500));
        QVERIFY(first != other);
        QCOMPARE(eventsA, int(first.count(500)));
        QCOMPARE(eventsC, int(other.count(500)));
        for (int status : first)
            QVERIFY(status == 200 || status == 500);
    }

    void faultBodyIsAuth0Shaped()
    {
        Tenant broken(DemoTenantOptions{.failRate = 1.0});
        const HttpReply reply = broken.get(QStringLiteral("users/auth0%7Cbob"), broken.token());
        VERIFY_STATUS(reply, 500);
        QCOMPARE(object(reply).value(QStringLiteral("statusCode")).toInt(), 500);
        QCOMPARE(object(reply).value(QStringLiteral("error")).toString(), QStringLiteral("Internal Server Error"));
        QVERIFY(!reply.header("x-ratelimit-limit").isEmpty());
        // The Authentication API is not affected.
        VERIFY_STATUS(broken.http.get(broken.tenant.endpoint(QStringLiteral(".well-known/jwks.json"))), 200);
    }

    void slowResponsesDoNotBlockOthers()
    {
        constexpr auto Slow = 400ms;
        FixedClock clock(Start); // a slow answer comes when the test moves the clock past its delay
        Tenant slow(DemoTenantOptions{.slowMs = int(Slow.count())}, &clock);
        const QByteArray token = slow.token();
        auto first = slow.http.start("GET", slow.api(QStringLiteral("users/auth0%7Calice")), token);
        auto second = slow.http.start("GET", slow.api(QStringLiteral("users/auth0%7Cbob")), token);
        QTRY_COMPARE(slow.tenant.delayedReplies(), 2);
        // While both wait, the Authentication API answers at once.
        VERIFY_STATUS(slow.http.get(slow.tenant.endpoint(QStringLiteral(".well-known/jwks.json"))), 200);
        clock.advance(Slow - 1ms);
        test::runQueuedEvents();
        QCOMPARE(slow.tenant.delayedReplies(), 2); // not a moment early
        QVERIFY(!first->isFinished() && !second->isFinished());
        // Delayed side by side, not one after the other: the same moment lets both go.
        clock.advance(1ms);
        const HttpReply a = first->wait();
        const HttpReply b = second->wait();
        VERIFY_STATUS(a, 200);
        VERIFY_STATUS(b, 200);
        QCOMPARE(object(a).value(QStringLiteral("user_id")).toString(), QStringLiteral("auth0|alice"));
        QCOMPARE(object(b).value(QStringLiteral("user_id")).toString(), QStringLiteral("auth0|bob"));
    }

    void clientHangingUpOnASlowAnswerIsHarmless()
    {
        constexpr auto Slow = 150ms;
        FixedClock clock(Start);
        Tenant slow(DemoTenantOptions{.slowMs = int(Slow.count())}, &clock);
        const QByteArray token = slow.token();
        auto abandoned = slow.http.start("GET", slow.api(QStringLiteral("users/auth0%7Calice")), token);
        QTRY_COMPARE(slow.tenant.delayedReplies(), 1); // the request reached the server and waits for its moment
        abandoned->abort();
        QTRY_COMPARE(slow.tenant.delayedReplies(), 0); // the server saw the client go
        clock.advance(Slow);                           // the moment passes with the socket gone
        test::runQueuedEvents();
        auto next = slow.http.start("GET", slow.api(QStringLiteral("users/auth0%7Cbob")), token);
        QTRY_COMPARE(slow.tenant.delayedReplies(), 1);
        clock.advance(Slow);
        VERIFY_STATUS(next->wait(), 200);
    }

private:
    std::unique_ptr<Tenant> m_tenant;
    QByteArray m_token;
};

QTEST_GUILESS_MAIN(TestManagementApi)
#include "TestManagementApi.moc"
