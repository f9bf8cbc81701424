#include "UnsignedTokens.h"
#include "jwt/TokenDiff.h"

#include <QJsonArray>
#include <QTest>

using namespace orglens::jwt;
using orglens::test::unsignedToken;

namespace {
DecodedToken decoded(const QJsonObject &payload,
                     const QJsonObject &header = {{QStringLiteral("alg"), QStringLiteral("RS256")},
                                                  {QStringLiteral("kid"), QStringLiteral("k1")}})
{
    auto result = decodeToken(unsignedToken(payload, header));
    if (!result)
        qFatal("test token does not decode: %s", qPrintable(result.error().message));
    return result.value();
}

const DiffEntry *entryAt(const TokenDiff &diff, const QString &path)
{
    for (const DiffEntry &entry : diff.entries) {
        if (entry.path == path)
            return &entry;
    }
    return nullptr;
}

const auto Namespaced = QStringLiteral("https://orglens.example/org_id");

// The typical story: a device-flow access token with the Action's namespaced claim, then the
// token issued by Custom Token Exchange with the real organization claims.
QJsonObject deviceToken()
{
    return {
        {QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
        {QStringLiteral("sub"), QStringLiteral("auth0|alice")},
        {QStringLiteral("aud"),
         QJsonArray{QStringLiteral("https://api.example/"), QStringLiteral("https://acme.eu.auth0.com/userinfo")}},
        {QStringLiteral("scope"), QStringLiteral("openid profile read:orders")},
        {QStringLiteral("iat"), 1000},
        {QStringLiteral("exp"), 2000},
        {QStringLiteral("permissions"), QJsonArray{QStringLiteral("read:orders")}},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("a"), 1},
                                             {QStringLiteral("b"), QJsonArray{QJsonObject{{QStringLiteral("x"), 1}}}}}},
        {Namespaced, QStringLiteral("org_acme")}};
}

QJsonObject exchangedToken()
{
    QJsonObject token = deviceToken();
    token.remove(Namespaced);
    token.insert(QStringLiteral("org_id"), QStringLiteral("org_acme"));
    token.insert(QStringLiteral("org_name"), QStringLiteral("acme"));
    token.insert(QStringLiteral("iat"), 1500);
    token.insert(QStringLiteral("exp"), 2500);
    token.insert(QStringLiteral("scope"), QStringLiteral("read:orders openid write:orders"));
    token.insert(QStringLiteral("permissions"),
                 QJsonArray{QStringLiteral("write:orders"), QStringLiteral("read:orders")});
    token.insert(QStringLiteral("meta"),
                 QJsonObject{{QStringLiteral("a"), 2},
                             {QStringLiteral("b"), QJsonArray{QJsonObject{{QStringLiteral("x"), 1}}, 5}}});
    return token;
}
} // namespace

class TestTokenDiff : public QObject {
    Q_OBJECT
private slots:
    void exchangeAddsOrgClaimsAndDropsNamespacedClaim()
    {
        const TokenDiff diff = diffTokens(decoded(deviceToken()), decoded(exchangedToken()));
        QVERIFY(diff.hasDifferences());
        const DiffEntry *orgId = entryAt(diff, QStringLiteral("/payload/org_id"));
        QVERIFY(orgId);
        QCOMPARE(orgId->kind, ChangeKind::Added);
        QCOMPARE(orgId->after.toString(), QStringLiteral("org_acme"));
        QVERIFY(orgId->before.isUndefined());
        QCOMPARE(entryAt(diff, QStringLiteral("/payload/org_name"))->kind, ChangeKind::Added);
        const DiffEntry *custom = entryAt(diff, QStringLiteral("/payload/https:~1~1orglens.example~1org_id"));
        QVERIFY(custom);
        QCOMPARE(custom->kind, ChangeKind::Removed);
        QCOMPARE(custom->before.toString(), QStringLiteral("org_acme"));
    }

    void volatileClaimsAreMarked()
    {
        const TokenDiff diff = diffTokens(decoded(deviceToken()), decoded(exchangedToken()));
        const DiffEntry *iat = entryAt(diff, QStringLiteral("/payload/iat"));
        QCOMPARE(iat->kind, ChangeKind::Changed);
        QVERIFY(iat->isVolatile);
        QVERIFY(entryAt(diff, QStringLiteral("/payload/exp"))->isVolatile);
        QVERIFY(!entryAt(diff, QStringLiteral("/payload/sub"))->isVolatile);
        QVERIFY(!entryAt(diff, QStringLiteral("/payload/org_id"))->isVolatile);
    }

    void scopeIsComparedAsASet()
    {
        const TokenDiff diff = diffTokens(decoded(deviceToken()), decoded(exchangedToken()));
        const DiffEntry *scope = entryAt(diff, QStringLiteral("/payload/scope"));
        QCOMPARE(scope->kind, ChangeKind::Changed);
        QCOMPARE(scope->itemsAdded, QJsonArray{QStringLiteral("write:orders")});
        QCOMPARE(scope->itemsRemoved, QJsonArray{QStringLiteral("profile")});

        QJsonObject reordered = deviceToken();
        reordered.insert(QStringLiteral("scope"), QStringLiteral("read:orders  openid profile"));
        const TokenDiff same = diffTokens(decoded(deviceToken()), decoded(reordered));
        QCOMPARE(entryAt(same, QStringLiteral("/payload/scope"))->kind, ChangeKind::Unchanged);
        QVERIFY(!same.hasDifferences());
    }

    void scalarArraysAreComparedAsSets()
    {
        const TokenDiff diff = diffTokens(decoded(deviceToken()), decoded(exchangedToken()));
        const DiffEntry *permissions = entryAt(diff, QStringLiteral("/payload/permissions"));
        QCOMPARE(permissions->kind, ChangeKind::Changed);
        QCOMPARE(permissions->itemsAdded, QJsonArray{QStringLiteral("write:orders")});
        QVERIFY(permissions->itemsRemoved.isEmpty());
        // Same audiences in another order: unchanged.
        QCOMPARE(entryAt(diff, QStringLiteral("/payload/aud"))->kind, ChangeKind::Unchanged);
    }

    void nestedObjectsAndArraysGetPointerPaths()
    {
        const TokenDiff diff = diffTokens(decoded(deviceToken()), decoded(exchangedToken()));
        const DiffEntry *nested = entryAt(diff, QStringLiteral("/payload/meta/a"));
        QVERIFY(nested);
        QCOMPARE(nested->kind, ChangeKind::Changed);
        QCOMPARE(nested->before.toInt(), 1);
        QCOMPARE(nested->after.toInt(), 2);
        QCOMPARE(entryAt(diff, QStringLiteral("/payload/meta/b/0"))->kind, ChangeKind::Unchanged);
        QCOMPARE(entryAt(diff, QStringLiteral("/payload/meta/b/1"))->kind, ChangeKind::Added);
    }

    void headerChangesAreReported()
    {
        const QJsonObject otherHeader{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                      {QStringLiteral("kid"), QStringLiteral("k2")}};
        const TokenDiff diff = diffTokens(decoded(deviceToken()), decoded(deviceToken(), otherHeader));
        const DiffEntry *kid = entryAt(diff, QStringLiteral("/header/kid"));
        QCOMPARE(kid->kind, ChangeKind::Changed);
        QCOMPARE(kid->before.toString(), QStringLiteral("k1"));
        QCOMPARE(kid->after.toString(), QStringLiteral("k2"));
    }

    void jsonHasTheDocumentedShape()
    {
        const QJsonObject json = diffTokens(decoded(deviceToken()), decoded(exchangedToken())).toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("added"), QStringLiteral("changed"),
                                           QStringLiteral("removed"), QStringLiteral("unchanged")}));
        const QJsonArray added = json.value(QStringLiteral("added")).toArray();
        const auto orgId = std::find_if(added.begin(), added.end(), [](const QJsonValue &entry) {
            return entry[QStringLiteral("path")].toString() == QLatin1String("/payload/org_id");
        });
        QVERIFY(orgId != added.end());
        const QJsonObject entry = orgId->toObject();
        QVERIFY(entry.value(QStringLiteral("before")).isNull());
        QCOMPARE(entry.value(QStringLiteral("after")).toString(), QStringLiteral("org_acme"));
        QCOMPARE(entry.value(QStringLiteral("volatile")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestTokenDiff)
#include "TestTokenDiff.moc"
