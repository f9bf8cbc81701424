// The demo tenant's seed data, Auth0's metadata PATCH semantics and the RS256 signing key, without HTTP.
#include "DemoTenantOptions.h"
#include "TenantStore.h"
#include "jwt/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orglens::demo;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const QString Management = QStringLiteral("http://127.0.0.1:1/api/v2/");
const QDateTime PatchTime = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

} // namespace

class TestTenantStore : public QObject {
    Q_OBJECT

private slots:
    void seed();
    void syntheticUsers();
    void patchMetadata_data();
    void patchMetadata();
    void patchErrors();
    void organizationsByIdAndName();
    void loopbackCallbacks_data();
    void loopbackCallbacks();
    void signAndVerify();
};

void TestTenantStore::seed()
{
    const TenantStore store(DemoTenantOptions{}, Management);
    QCOMPARE(store.users().size(), size_t(4));
    const User *alice = store.findUser(QStringLiteral("auth0|alice"));
    QVERIFY(alice);
    QCOMPARE(alice->appMetadata, json(R"({"default_org_id":"org_acme","plan":"gold","region":"eu"})"));
    QCOMPARE(alice->toJson().value(QLatin1String("name")).toString(), QStringLiteral("Alice Example"));
    QCOMPARE(store.findUserByEmail(QStringLiteral("CAROL@example.com"))->userId, QStringLiteral("auth0|carol"));
    QVERIFY(store.isMember(QStringLiteral("auth0|alice"), QStringLiteral("org_globex")));
    QVERIFY(!store.isMember(QStringLiteral("auth0|carol"), QStringLiteral("org_globex")));
    QVERIFY(store.organizationsOfUser(QStringLiteral("auth0|dave")).isEmpty());
    QCOMPARE(store.members(QStringLiteral("org_acme")).size(), 2);
    QVERIFY(store.checkPassword(QStringLiteral("bob@example.com"), QStringLiteral("demo-password")));
    QVERIFY(!store.checkPassword(QStringLiteral("bob@example.com"), QStringLiteral("wrong")));
    QVERIFY(!store.checkPassword(QStringLiteral("nobody@example.com"), QStringLiteral("demo-password")));

    const Client *native = store.findClient(QStringLiteral("demo-native"));
    QVERIFY(native && native->isPublic());
    QCOMPARE(native->organizationUsage, QStringLiteral("allow"));
    const ClientGrant *managementGrant = store.findClientGrant(QStringLiteral("demo-m2m"), Management);
    QVERIFY(managementGrant);
    QVERIFY(managementGrant->organizationUsage.isEmpty());                           // never set ...
    QCOMPARE(managementGrant->effectiveOrganizationUsage(), QStringLiteral("deny")); // ... which is deny
    QVERIFY(!managementGrant->toJson().contains(QStringLiteral("organization_usage")));
    QVERIFY(managementGrant->scopes.contains(QStringLiteral("update:users_app_metadata")));
    QVERIFY(managementGrant->scopes.contains(QStringLiteral("read:client_grants")));
    const ClientGrant *ordersGrant =
        store.findClientGrant(QStringLiteral("demo-m2m"), QLatin1String(OrdersApiAudience));
    QVERIFY(ordersGrant && ordersGrant->allowAnyOrganization);
    QCOMPARE(store.findClientGrant(QStringLiteral("demo-readonly"), Management)->scopes,
             QStringList{QStringLiteral("read:users")});
    QVERIFY(!store.findClientGrant(QStringLiteral("demo-native"), Management));
    QCOMPARE(store.findClientGrants(QStringLiteral("demo-m2m"), {}).size(), 2);
    QCOMPARE(store.findClientGrants({}, Management).size(), 2);
    QCOMPARE(store.findClientGrants({}, {}).size(), 3);
    QVERIFY(store.findClientGrants(QStringLiteral("demo-m2m"), QStringLiteral("https://other.example/")).isEmpty());
}

void TestTenantStore::syntheticUsers()
{
    DemoTenantOptions options;
    options.syntheticUsers = 6;
    const TenantStore store(options, Management);
    QCOMPARE(store.users().size(), size_t(10));
    const User *user = store.findUser(QStringLiteral("auth0|user000003"));
    QVERIFY(user);
    QCOMPARE(user->email, QStringLiteral("user000003@example.com"));
    QCOMPARE(user->name, QStringLiteral("User 000003"));
    QVERIFY(store.isMember(user->userId, QStringLiteral("org_acme")));   // odd
    QVERIFY(store.isMember(user->userId, QStringLiteral("org_globex"))); // multiple of 3
    QVERIFY(!store.isMember(QStringLiteral("auth0|user000002"), QStringLiteral("org_acme")));
    QVERIFY(store.isMember(QStringLiteral("auth0|user000006"), QStringLiteral("org_globex")));
}

void TestTenantStore::patchMetadata_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("add a key") << QByteArray(R"({"app_metadata":{"default_org_id":"org_globex"}})")
                               << QByteArray(R"({"default_org_id":"org_globex","plan":"gold","region":"eu"})");
    QTest::newRow("null deletes") << QByteArray(R"({"app_metadata":{"default_org_id":null}})")
                                  << QByteArray(R"({"plan":"gold","region":"eu"})");
    QTest::newRow("{} wipes") << QByteArray(R"({"app_metadata":{}})") << QByteArray("{}");
    QTest::newRow("nested replaced") << QByteArray(R"({"app_metadata":{"region":{"zone":"b"}}})")
                                     << QByteArray(
                                            R"({"default_org_id":"org_acme","plan":"gold","region":{"zone":"b"}})");
    QTest::newRow("other fields keep metadata")
        << QByteArray(R"({"name":"Alice A."})")
        << QByteArray(R"({"default_org_id":"org_acme","plan":"gold","region":"eu"})");
}

void TestTenantStore::patchMetadata()
{
    QFETCH(QByteArray, patch);
    QFETCH(QByteArray, expected);
    TenantStore store(DemoTenantOptions{}, Management);
    const auto updated =
        store.patchUser(QStringLiteral("auth0|alice"), QJsonDocument::fromJson(patch).object(), PatchTime);
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    QCOMPARE(updated->appMetadata, QJsonDocument::fromJson(expected).object());
    QCOMPARE(updated->updatedAt, PatchTime);
    QCOMPARE(store.findUser(QStringLiteral("auth0|alice"))->appMetadata, QJsonDocument::fromJson(expected).object());
}

void TestTenantStore::patchErrors()
{
    TenantStore store(DemoTenantOptions{}, Management);
    auto result = store.patchUser(QStringLiteral("auth0|nobody"), json(R"({"name":"x"})"), PatchTime);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("inexistent_user"));
    result = store.patchUser(QStringLiteral("auth0|alice"), json(R"({"app_metadata":{"a.b":1}})"), PatchTime);
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QLatin1String("a.b")));
    result = store.patchUser(QStringLiteral("auth0|alice"), json(R"({"app_metadata":{"x":{"$y":1}}})"), PatchTime);
    QVERIFY(!result.ok());
    result = store.patchUser(QStringLiteral("auth0|alice"), json(R"({"app_metadata":"text"})"), PatchTime);
    QVERIFY(!result.ok());
    // A refused patch changes nothing.
    QCOMPARE(store.findUser(QStringLiteral("auth0|alice"))->appMetadata.value(QLatin1String("plan")).toString(),
             QStringLiteral("gold"));
}

void TestTenantStore::organizationsByIdAndName()
{
    const TenantStore store(DemoTenantOptions{}, Management);
    QCOMPARE(store.resolveOrganization(QStringLiteral("org_acme"), false)->name, QStringLiteral("acme"));
    QVERIFY(!store.resolveOrganization(QStringLiteral("acme"), false));
    QCOMPARE(store.resolveOrganization(QStringLiteral("acme"), true)->id, QStringLiteral("org_acme"));
    QVERIFY(!store.resolveOrganization(QStringLiteral("nope"), true));
    QCOMPARE(store.findOrganizationByName(QStringLiteral("globex"))->displayName, QStringLiteral("Globex"));
}

void TestTenantStore::loopbackCallbacks_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("127.0.0.1 any port") << QStringLiteral("http://127.0.0.1:53682/callback") << true;
    QTest::newRow("localhost any path") << QStringLiteral("http://localhost:8400/a/b") << true;
    QTest::newRow("https") << QStringLiteral("https://127.0.0.1:1/cb") << false;
    QTest::newRow("other host") << QStringLiteral("http://evil.example:80/cb") << false;
    QTest::newRow("user info") << QStringLiteral("http://x@127.0.0.1:1/cb") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTenantStore::loopbackCallbacks()
{
    QFETCH(QString, uri);
    QFETCH(bool, allowed);
    const TenantStore store(DemoTenantOptions{}, Management);
    QCOMPARE(store.findClient(QStringLiteral("demo-native"))->allowsRedirectUri(uri), allowed);
    QVERIFY(!store.findClient(QStringLiteral("demo-m2m"))->allowsRedirectUri(uri));
}

void TestTenantStore::signAndVerify()
{
    const orglens::jwt::SigningKey key;
    const QJsonObject payload{{QStringLiteral("sub"), QStringLiteral("auth0|alice")}};
    const QByteArray token = key.sign({}, payload);
    const auto verified = key.verify(token);
    QVERIFY(verified.ok());
    QCOMPARE(*verified, payload);
    QCOMPARE(
        key.jwks().value(QLatin1String("keys")).toArray().first().toObject().value(QLatin1String("kid")).toString(),
        key.kid());

    QByteArray tampered = token;
    tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
    QVERIFY(!key.verify(tampered).ok());
    const orglens::jwt::SigningKey other;
    QVERIFY(other.kid() != key.kid());
    QVERIFY(!other.verify(token).ok());
    // Same kid forged onto another key's signature: the signature check still fails.
    QVERIFY(!key.verify(other.sign(QJsonObject{{QStringLiteral("kid"), key.kid()}}, payload)).ok());
    QVERIFY(!key.verify(key.sign(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")}}, payload)).ok());
    QVERIFY(!key.verify("not-a-token").ok());
}

QTEST_GUILESS_MAIN(TestTenantStore)
#include "TestTenantStore.moc"
