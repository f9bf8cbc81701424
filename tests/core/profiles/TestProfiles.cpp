#include "profiles/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens::profiles;

class TestProfiles : public QObject {
    Q_OBJECT
private slots:
    void profileForATokensIssuerTakesItsApplicationAndAFreeName()
    {
        const QJsonObject accessToken{
            {QStringLiteral("aud"), QJsonArray{QStringLiteral("https://orders.example/"),
                                               QStringLiteral("https://acme.eu.auth0.com/userinfo")}},
            {QStringLiteral("azp"), QStringLiteral("native-app")}};
        const auto profile = profileForTokenIssuer(QStringLiteral("acme.eu.auth0.com"), accessToken,
                                                   {QStringLiteral("acme.eu.auth0.com")});
        QVERIFY(profile);
        QCOMPARE(profile->issuer, QUrl(QStringLiteral("https://acme.eu.auth0.com/")));
        QCOMPARE(profile->name, QStringLiteral("acme.eu.auth0.com-2"));
        QCOMPARE(profile->clientId, QStringLiteral("native-app"));
        QCOMPARE(profile->audience, QStringLiteral("https://orders.example/"));

        // An ID token: aud is the application itself, so no API audience; the port joins the name.
        const QJsonObject idToken{{QStringLiteral("aud"), QStringLiteral("native-app")},
                                  {QStringLiteral("azp"), QStringLiteral("native-app")}};
        const auto local = profileForTokenIssuer(QStringLiteral("http://127.0.0.1:8080/"), idToken, {});
        QVERIFY(local);
        QCOMPARE(local->name, QStringLiteral("127.0.0.1-8080"));
        QCOMPARE(local->clientId, QStringLiteral("native-app"));
        QCOMPARE(local->audience, QString());
        const QJsonObject m2m{{QStringLiteral("client_id"), QStringLiteral("m2m")},
                              {QStringLiteral("aud"), QStringLiteral("https://orders.example/")}};
        QCOMPARE(profileForTokenIssuer(QStringLiteral("acme.eu.auth0.com"), m2m, {})->clientId, QStringLiteral("m2m"));

        QVERIFY(!profileForTokenIssuer(QStringLiteral("http://evil.example/"), accessToken, {}));
    }

    void normalizesIssuers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("issuer");
        QTest::newRow("domain") << "acme.eu.auth0.com"
                                << "https://acme.eu.auth0.com/";
        QTest::newRow("domain, spaces, case") << "  Acme.EU.auth0.com "
                                              << "https://acme.eu.auth0.com/";
        QTest::newRow("https no slash") << "https://acme.eu.auth0.com"
                                        << "https://acme.eu.auth0.com/";
        QTest::newRow("https slash") << "https://acme.eu.auth0.com/"
                                     << "https://acme.eu.auth0.com/";
        QTest::newRow("custom domain port") << "https://login.acme.com:8443"
                                            << "https://login.acme.com:8443/";
        QTest::newRow("http loopback") << "http://127.0.0.1:8080"
                                       << "http://127.0.0.1:8080/";
        QTest::newRow("http localhost") << "http://localhost:9000/"
                                        << "http://localhost:9000/";
        QTest::newRow("http ipv6 loopback") << "http://[::1]:9000/"
                                            << "http://[::1]:9000/";
        QTest::newRow("http 127.x") << "http://127.0.0.2:1/"
                                    << "http://127.0.0.2:1/";
    }

    void normalizesIssuers()
    {
        QFETCH(QString, input);
        QFETCH(QString, issuer);
        const auto normalized = normalizeIssuer(input);
        QVERIFY2(normalized.ok(), normalized.ok() ? "" : qPrintable(normalized.error().message));
        QCOMPARE(normalized->toString(), issuer);
    }

    void refusesBadIssuers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("http remote") << "http://acme.eu.auth0.com/"
                                     << "accepted only for loopback hosts";
        QTest::newRow("http lookalike") << "http://127.0.0.1.evil.example/"
                                        << "accepted only for loopback hosts";
        QTest::newRow("http private ip") << "http://10.0.0.1/"
                                         << "Use https://10.0.0.1/ instead";
        QTest::newRow("ftp") << "ftp://acme.example/"
                             << "must be an https:// URL";
        QTest::newRow("empty") << "   "
                               << "is empty";
        QTest::newRow("query") << "https://acme.eu.auth0.com/?x=1"
                               << "must not contain";
        QTest::newRow("userinfo") << "https://user@acme.eu.auth0.com/"
                                  << "must not contain";
    }

    void refusesBadIssuers()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const auto normalized = normalizeIssuer(input);
        QVERIFY(!normalized.ok());
        QCOMPARE(normalized.error().code, QStringLiteral("invalid_issuer"));
        QVERIFY2(normalized.error().message.contains(messagePart), qPrintable(normalized.error().message));
    }

    void profileNamesAreChecked()
    {
        QVERIFY(validateProfileName(QStringLiteral("acme-prod_1.eu")).ok());
        QVERIFY(!validateProfileName(QStringLiteral("a/b")).ok());
        QVERIFY(!validateProfileName(QString()).ok());
        QCOMPARE(profileSecretKey(QStringLiteral("acme"), SecretKind::RefreshToken),
                 QStringLiteral("profile/acme/refresh-token"));
    }

    void storeRoundTripsAndRemoves()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.ini"));
        ProfileStore store(file);
        int changes = 0;
        connect(&store, &ProfileStore::profilesChanged, this, [&changes] { ++changes; });
        Profile profile;
        profile.name = QStringLiteral("acme");
        profile.issuer = QUrl(QStringLiteral("acme.eu.auth0.com"));
        profile.clientId = QStringLiteral("native-1");
        profile.audience = QStringLiteral("https://api.acme.example/");
        profile.scope = QStringLiteral(" openid   offline_access ");
        profile.claimNamespace = QStringLiteral("https://acme.example/");
        profile.managementClientId = QStringLiteral("m2m-1");
        profile.exchangeClientId = QStringLiteral("cte-1");
        profile.subjectTokenType = QStringLiteral("urn:acme:device-token");
        profile.useOrganizationNames = true;
        const auto saved = store.save(profile);
        QVERIFY(saved.ok());
        QCOMPARE(saved->issuer.toString(), QStringLiteral("https://acme.eu.auth0.com/"));

        ProfileStore reopened(file);
        QCOMPARE(reopened.names(), QStringList{QStringLiteral("acme")});
        const auto loaded = reopened.load(QStringLiteral("acme"));
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->clientId, QStringLiteral("native-1"));
        QCOMPARE(loaded->scope, QStringLiteral("openid offline_access"));
        QCOMPARE(loaded->subjectTokenType, QStringLiteral("urn:acme:device-token"));
        QCOMPARE(loaded->managementAudience().toString(), QStringLiteral("https://acme.eu.auth0.com/api/v2/"));
        QVERIFY(loaded->useOrganizationNames);

        QVERIFY(store.remove(QStringLiteral("acme")));
        QVERIFY(!store.remove(QStringLiteral("acme")));
        QCOMPARE(changes, 2);
        const auto missing = store.load(QStringLiteral("acme"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("profile add")));
    }

    void invalidProfilesAreNotSaved()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("profiles.ini"));
        ProfileStore store(file);
        Profile profile;
        profile.name = QStringLiteral("remote-http");
        profile.issuer = QUrl(QStringLiteral("http://acme.eu.auth0.com/"));
        const auto saved = store.save(profile);
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(QStringLiteral("loopback")));
        QVERIFY(store.names().isEmpty());
        QFile written(file);
        if (written.open(QIODevice::ReadOnly))
            QVERIFY(!written.readAll().contains("remote-http"));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "TestProfiles.moc"
