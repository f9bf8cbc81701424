#include "oauth/OAuthResponses.h"
#include "oauth/Pkce.h"
#include "oauth/SessionHistory.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace orglens;
using namespace orglens::oauth;

class TestOAuthParsing : public QObject {
    Q_OBJECT
private slots:
    void redirectParametersAreFormDecoded_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("plus is a space") << QByteArray("error_description=User+did+not+authorize")
                                         << "error_description"
                                         << "User did not authorize";
        QTest::newRow("percent-20 is a space")
            << QByteArray("error_description=User%20did%20not") << "error_description"
            << "User did not";
        QTest::newRow("encoded plus stays") << QByteArray("code=a%2Bb+c") << "code"
                                            << "a+b c";
        QTest::newRow("utf-8 bytes") << QByteArray("error_description=caf%C3%A9") << "error_description"
                                     << QString::fromUtf8("caf\u00e9");
        QTest::newRow("iss url") << QByteArray("iss=https%3A%2F%2Facme.eu.auth0.com%2F") << "iss"
                                 << "https://acme.eu.auth0.com/";
        QTest::newRow("first value wins") << QByteArray("state=one&state=two") << "state"
                                          << "one";
        QTest::newRow("name without value") << QByteArray("code&state=s") << "code"
                                            << "";
    }

    void redirectParametersAreFormDecoded()
    {
        QFETCH(QByteArray, query);
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto parameters = orglens::oauth::parseRedirectParameters(query);
        QVERIFY(parameters.contains(name));
        QCOMPARE(parameters.value(name), value);
    }

    void pkceChallengeMatchesRfc7636AppendixB()
    {
        QCOMPARE(codeChallengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void randomValuesAreUrlSafeAndDistinct()
    {
        QSet<QByteArray> seen;
        for (int i = 0; i < 50; ++i) {
            const QByteArray verifier = makeCodeVerifier();
            QCOMPARE(verifier.size(), 43); // RFC 7636: 43..128 characters
            for (char c : verifier)
                QVERIFY2(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_").contains(c),
                         verifier.constData());
            seen.insert(verifier);
        }
        QCOMPARE(seen.size(), 50);
    }

    void errorHints_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("hintPart");
        QTest::newRow("unauthorized_client") << "unauthorized_client"
                                             << ""
                                             << "grant type is not enabled";
        QTest::newRow("access_denied org") << "access_denied"
                                           << "user auth0|bob is not part of the org_globex organization"
                                           << "not a member of the organization";
        QTest::newRow("access_denied") << "access_denied"
                                       << "User cancelled the confirmation prompt."
                                       << "declined";
        QTest::newRow("invalid_grant") << "invalid_grant"
                                       << ""
                                       << "already used";
        QTest::newRow("invalid_client") << "invalid_client"
                                        << ""
                                        << "client secret";
        QTest::newRow("slow_down") << "slow_down"
                                   << ""
                                   << "5 seconds";
        QTest::newRow("expired_token") << "expired_token"
                                       << ""
                                       << "start the login again";
        QTest::newRow("invalid_request org") << "invalid_request"
                                             << "parameter organization is invalid: org_x"
                                             << "Type of Users";
        QTest::newRow("unknown") << "something_else"
                                 << ""
                                 << "";
    }

    void errorHints()
    {
        QFETCH(QString, error);
        QFETCH(QString, description);
        QFETCH(QString, hintPart);
        const QString hint = errorHint(error, description);
        if (hintPart.isEmpty())
            QVERIFY(hint.isEmpty());
        else
            QVERIFY2(hint.contains(hintPart), qPrintable(hint));
    }

    void errorResponseIsKeptVerbatim()
    {
        const OAuthError error = parseErrorResponse(
            403, R"({"error":"unauthorized_client","error_description":"Grant type 'x' not allowed for the client."})");
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.error, QStringLiteral("unauthorized_client"));
        QCOMPARE(error.description, QStringLiteral("Grant type 'x' not allowed for the client."));
        QVERIFY(error.text().startsWith(
            QStringLiteral("unauthorized_client: Grant type 'x' not allowed for the client. (HTTP 403)\nHint: ")));
    }

    void nonJsonErrorBecomesInvalidResponse()
    {
        const OAuthError error = parseErrorResponse(502, "<html>Bad Gateway</html>");
        QCOMPARE(error.error, QStringLiteral("invalid_response"));
        QCOMPARE(error.httpStatus, 502);
        QVERIFY(error.description.contains(QStringLiteral("Bad Gateway")));
    }

    void tokenResponseParses()
    {
        const QByteArray body =
            R"({"access_token":"at","id_token":"it","refresh_token":"rt","token_type":"Bearer","expires_in":86400,"scope":"openid offline_access","issued_token_type":"urn:ietf:params:oauth:token-type:access_token"})";
        const auto parsed = parseTokenResponse(200, body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.accessToken.toString(), QStringLiteral("at"));
        QCOMPARE(parsed.value.idToken.toString(), QStringLiteral("it"));
        QCOMPARE(parsed.value.refreshToken.toString(), QStringLiteral("rt"));
        QCOMPARE(parsed.value.expiresIn, 86400);
        QCOMPARE(parsed.value.scope, QStringLiteral("openid offline_access"));
        QCOMPARE(parsed.value.issuedTokenType, QStringLiteral("urn:ietf:params:oauth:token-type:access_token"));
        QCOMPARE(parsed.value.json().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    }

    void tokenResponseWithoutAccessTokenIsRefused()
    {
        const auto parsed = parseTokenResponse(200, R"({"token_type":"Bearer"})");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->error, QStringLiteral("invalid_response"));
        QVERIFY(parsed.error->description.contains(QStringLiteral("token_type")));
        QVERIFY(!parseTokenResponse(200, "not json").ok());
    }

    void tokenErrorResponseParses()
    {
        const auto parsed = parseTokenResponse(
            429,
            R"({"error":"slow_down","error_description":"You are polling faster than the specified interval of 5 seconds."})");
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error->error, QStringLiteral("slow_down"));
        QCOMPARE(parsed.error->httpStatus, 429);
        QVERIFY(!parsed.error->hint.isEmpty());
    }

    void deviceAuthorizationParses()
    {
        const QDateTime received = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const auto parsed = parseDeviceAuthorization(
            200,
            R"({"device_code":"dc","user_code":"ABCD-EFGH","verification_uri":"https://t.example/activate","verification_uri_complete":"https://t.example/activate?user_code=ABCD-EFGH","expires_in":900,"interval":5})",
            received);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.userCode, QStringLiteral("ABCD-EFGH"));
        QCOMPARE(parsed.value.deviceCode.toString(), QStringLiteral("dc"));
        QCOMPARE(parsed.value.verificationUri, QUrl(QStringLiteral("https://t.example/activate")));
        QCOMPARE(parsed.value.interval, 5);
        QCOMPARE(parsed.value.expiresAt, received.addSecs(900));
    }

    void deviceAuthorizationDefaultsAndMissingFields()
    {
        const auto noInterval = parseDeviceAuthorization(
            200, R"({"device_code":"dc","user_code":"U","verification_uri":"https://t/activate","expires_in":10})",
            QDateTime::currentDateTimeUtc());
        QVERIFY(noInterval.ok());
        QCOMPARE(noInterval.value.interval, 5); // RFC 8628 default
        const auto missing = parseDeviceAuthorization(200, R"({"device_code":"dc"})", QDateTime::currentDateTimeUtc());
        QVERIFY(!missing.ok());
        QVERIFY(missing.error->description.contains(QStringLiteral("user_code, verification_uri, expires_in")));
    }

    void discoveryChecksIssuer()
    {
        const QUrl issuer(QStringLiteral("https://acme.eu.auth0.com/"));
        const QByteArray body =
            R"({"issuer":"https://acme.eu.auth0.com/","token_endpoint":"https://acme.eu.auth0.com/oauth/token","authorization_endpoint":"https://acme.eu.auth0.com/authorize","device_authorization_endpoint":"https://acme.eu.auth0.com/oauth/device/code","revocation_endpoint":"https://acme.eu.auth0.com/oauth/revoke"})";
        const auto parsed = parseDiscovery(200, body, issuer);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value.tokenEndpoint, QUrl(QStringLiteral("https://acme.eu.auth0.com/oauth/token")));
        QCOMPARE(parsed.value.revocationEndpoint, QUrl(QStringLiteral("https://acme.eu.auth0.com/oauth/revoke")));

        const auto other = parseDiscovery(200, body, QUrl(QStringLiteral("https://login.acme.com/")));
        QVERIFY(!other.ok());
        QCOMPARE(other.error->error, QStringLiteral("discovery_failed"));
        QVERIFY(other.error->description.contains(QStringLiteral("custom domains")));
        QVERIFY(!parseDiscovery(404, "{}", issuer).ok());
    }

    void sessionHistoryRecordsAndFindsTokens()
    {
        SessionHistory history;
        int added = 0;
        connect(&history, &SessionHistory::recordAdded, this, [&added] { ++added; });
        SessionRecord device;
        device.flow = Flow::Device;
        device.tokens = parseTokenResponse(200, R"({"access_token":"at1","refresh_token":"rt1"})").value;
        const QString first = history.add(device);
        SessionRecord refresh;
        refresh.flow = Flow::Refresh;
        refresh.parentId = first;
        refresh.tokens = parseTokenResponse(200, R"({"access_token":"at2"})").value;
        const QString second = history.add(refresh);
        QCOMPARE(added, 2);
        QVERIFY(first != second);
        QCOMPARE(history.find(second)->parentId, first);
        QCOMPARE(history.findByToken("rt1")->id, first);
        QCOMPARE(history.findByToken("at2")->id, second);
        QVERIFY(!history.findByToken("nope"));
        QCOMPARE(flowLabel(history.find(first)->flow), QStringLiteral("Device authorization"));
    }
};

QTEST_GUILESS_MAIN(TestOAuthParsing)
#include "TestOAuthParsing.moc"
