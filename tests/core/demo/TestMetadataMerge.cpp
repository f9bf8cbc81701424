#include "MetadataMerge.h"

#include <QJsonDocument>
#include <QTest>

using namespace orglens::demo;

namespace {
QJsonObject json(const char *text)
{
    QJsonParseError error;
    const auto document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", text);
    return document.object();
}

User alice()
{
    User user;
    user.userId = QStringLiteral("auth0|alice");
    user.email = QStringLiteral("alice@example.com");
    user.name = QStringLiteral("Alice Example");
    user.appMetadata = json(R"({"default_org_id":"org_acme","plan":"gold","region":"eu"})");
    user.userMetadata = json(R"({"theme":"dark","prefs":{"a":1,"b":2}})");
    return user;
}
} // namespace

class TestMetadataMerge : public QObject {
    Q_OBJECT
private slots:
    void appliesAuth0PatchSemantics_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("appMetadata");
        QTest::addColumn<QByteArray>("userMetadata");

        QTest::newRow("set one key keeps the others")
            << QByteArray(R"({"app_metadata":{"default_org_id":"org_globex"}})")
            << QByteArray(R"({"default_org_id":"org_globex","plan":"gold","region":"eu"})")
            << QByteArray(R"({"theme":"dark","prefs":{"a":1,"b":2}})");
        QTest::newRow("add a key") << QByteArray(R"({"app_metadata":{"tier":3}})")
                                   << QByteArray(
                                          R"({"default_org_id":"org_acme","plan":"gold","region":"eu","tier":3})")
                                   << QByteArray(R"({"theme":"dark","prefs":{"a":1,"b":2}})");
        QTest::newRow("null deletes a key") << QByteArray(R"({"app_metadata":{"default_org_id":null}})")
                                            << QByteArray(R"({"plan":"gold","region":"eu"})")
                                            << QByteArray(R"({"theme":"dark","prefs":{"a":1,"b":2}})");
        QTest::newRow("null of a missing key is harmless")
            << QByteArray(R"({"app_metadata":{"nope":null}})")
            << QByteArray(R"({"default_org_id":"org_acme","plan":"gold","region":"eu"})")
            << QByteArray(R"({"theme":"dark","prefs":{"a":1,"b":2}})");
        QTest::newRow("empty object wipes") << QByteArray(R"({"app_metadata":{}})") << QByteArray("{}")
                                            << QByteArray(R"({"theme":"dark","prefs":{"a":1,"b":2}})");
        QTest::newRow("nested objects are replaced, not merged")
            << QByteArray(R"({"user_metadata":{"prefs":{"c":3}}})")
            << QByteArray(R"({"default_org_id":"org_acme","plan":"gold","region":"eu"})")
            << QByteArray(R"({"theme":"dark","prefs":{"c":3}})");
        QTest::newRow("both metadata at once")
            << QByteArray(R"({"app_metadata":{"plan":null},"user_metadata":{"theme":"light"}})")
            << QByteArray(R"({"default_org_id":"org_acme","region":"eu"})")
            << QByteArray(R"({"theme":"light","prefs":{"a":1,"b":2}})");
    }
    void appliesAuth0PatchSemantics()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, appMetadata);
        QFETCH(QByteArray, userMetadata);
        const auto updated = MetadataMerge::applyUserPatch(alice(), json(patch.constData()));
        QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
        QCOMPARE(updated->appMetadata, json(appMetadata.constData()));
        QCOMPARE(updated->userMetadata, json(userMetadata.constData()));
        QCOMPARE(updated->email, QStringLiteral("alice@example.com"));
    }

    void replacesRootProperties()
    {
        const auto updated = MetadataMerge::applyUserPatch(
            alice(), json(R"({"name":"Alice Renamed","email_verified":false,"email":"alice@new.example"})"));
        QVERIFY(updated.ok());
        QCOMPARE(updated->name, QStringLiteral("Alice Renamed"));
        QCOMPARE(updated->emailVerified, false);
        QCOMPARE(updated->email, QStringLiteral("alice@new.example"));
        QCOMPARE(updated->userId, QStringLiteral("auth0|alice"));
        QCOMPARE(updated->appMetadata, alice().appMetadata);
    }

    void refusesBadBodies_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("dot key") << QByteArray(R"({"app_metadata":{"a.b":1}})")
                                 << QStringLiteral("the key 'a.b' in app_metadata contains '.'");
        QTest::newRow("dollar key") << QByteArray(R"({"user_metadata":{"$set":1}})")
                                    << QStringLiteral("the key '$set' in user_metadata contains '$'");
        QTest::newRow("nested dot key") << QByteArray(R"({"app_metadata":{"x":{"y.z":1}}})")
                                        << QStringLiteral("the key 'y.z' in app_metadata.x contains '.'");
        QTest::newRow("dot key inside array") << QByteArray(R"({"app_metadata":{"x":[{"$y":1}]}})")
                                              << QStringLiteral("in app_metadata.x[0] contains '$'");
        QTest::newRow("metadata not an object")
            << QByteArray(R"({"app_metadata":"org_acme"})") << QStringLiteral("app_metadata must be an object");
        QTest::newRow("metadata null") << QByteArray(R"({"app_metadata":null})")
                                       << QStringLiteral("app_metadata must be an object");
        QTest::newRow("empty body") << QByteArray("{}") << QStringLiteral("the body has no properties");
        QTest::newRow("unknown property") << QByteArray(R"({"favourite_color":"red"})")
                                          << QStringLiteral("Additional properties not allowed: favourite_color");
        QTest::newRow("read-only property") << QByteArray(R"({"user_id":"auth0|mallory"})")
                                            << QStringLiteral("Additional properties not allowed: user_id");
        QTest::newRow("unsupported property")
            << QByteArray(R"({"password":"x"})") << QStringLiteral("'password' cannot be changed on the demo tenant");
        QTest::newRow("wrong type") << QByteArray(R"({"email_verified":"yes"})")
                                    << QStringLiteral("email_verified must be a boolean");
        QTest::newRow("empty name") << QByteArray(R"({"name":""})")
                                    << QStringLiteral("name must be a non-empty string");
    }
    void refusesBadBodies()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QString, messagePart);
        const auto updated = MetadataMerge::applyUserPatch(alice(), json(patch.constData()));
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code, QStringLiteral("invalid_body"));
        QVERIFY2(updated.error().message.contains(messagePart), qPrintable(updated.error().message));
    }

    void refusedPatchChangesNothingEvenAfterGoodKeys()
    {
        // The good key comes first in iteration order; the whole patch must still be refused.
        const auto updated =
            MetadataMerge::applyUserPatch(alice(), json(R"({"app_metadata":{"plan":"free"},"zzz":1})"));
        QVERIFY(!updated.ok());
    }

    void mergesMetadataDirectly()
    {
        const auto merged = MetadataMerge::merge(json(R"({"a":1,"b":{"c":2}})"), json(R"({"b":null,"d":[1]})"),
                                                 QStringLiteral("app_metadata"));
        QVERIFY(merged.ok());
        QCOMPARE(merged.value(), json(R"({"a":1,"d":[1]})"));
    }

    void detectsAppMetadataOnlyPatches()
    {
        QVERIFY(MetadataMerge::touchesOnlyAppMetadata(json(R"({"app_metadata":{"a":1}})")));
        QVERIFY(!MetadataMerge::touchesOnlyAppMetadata(json(R"({"app_metadata":{"a":1},"name":"x"})")));
        QVERIFY(!MetadataMerge::touchesOnlyAppMetadata(json(R"({"user_metadata":{"a":1}})")));
        QVERIFY(!MetadataMerge::touchesOnlyAppMetadata(json("{}")));
    }
};

QTEST_GUILESS_MAIN(TestMetadataMerge)
#include "TestMetadataMerge.moc"
