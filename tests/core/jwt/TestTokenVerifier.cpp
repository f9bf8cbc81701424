#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "FaultyHttpServer.h"
#include "jwt/JwksClient.h"
#include "jwt/TokenVerifier.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace orglens;
using namespace Qt::StringLiterals;
using jwt::TokenVerification;

// Tokens checked with the keys of their profile's tenant (the demo tenant over HTTP), as the Tokens view and
// `decode --verify` do.
class TestTokenVerifier : public QObject {
    Q_OBJECT

    std::unique_ptr<test::DemoTenantFixture> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<jwt::JwksClient> m_keys;
    std::unique_ptr<jwt::TokenVerifier> m_verifier;

    QString demoAccessToken()
    {
        return m_demo->deviceLogin(u"alice@example.com"_s).json().value(u"access_token"_s).toString();
    }

    // Verifies and waits for the one answer.
    TokenVerification verify(const QString &compact, const profiles::Profile &profile)
    {
        const auto token = jwt::decodeToken(compact);
        if (!token)
            qFatal("not a token: %s", qPrintable(token.error().message));
        QSignalSpy verified(m_verifier.get(), &jwt::TokenVerifier::verified);
        m_verifier->verify(token.value(), profile);
        if (verified.isEmpty() && !verified.wait(10000))
            return {};
        if (verified.count() != 1 || verified.constFirst().constFirst().toString() != compact)
            qFatal("expected one answer for the token");
        return verified.constFirst().at(1).value<TokenVerification>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<TokenVerification>();
        m_demo = std::make_unique<test::DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
    }

    void init()
    {
        m_keys = std::make_unique<jwt::JwksClient>(&m_network);
        m_verifier = std::make_unique<jwt::TokenVerifier>(m_keys.get());
    }

    void genuineTokenOfTheProfilesTenantPasses()
    {
        const QString token = demoAccessToken();
        QVERIFY(!token.isEmpty());
        const TokenVerification verification =
            verify(token, demo::demoSessionProfile(m_demo->tenant().issuer()).profile);
        QCOMPARE(verification.keys, TokenVerification::Keys::Used);
        QVERIFY2(verification.signature.valid, qPrintable(verification.signature.reason));
        QCOMPARE(verification.validation.checks.constFirst().name, u"signature"_s);
        QVERIFY(verification.validation.find(u"iss"_s));
        QCOMPARE(verification.validation.find(u"aud"_s)->status, jwt::ValidationCheck::Status::Pass);
        QVERIFY(verification.genuineAndValid());
    }

    void forgedSignatureFailsTheValidationToo()
    {
        QString token = demoAccessToken();
        const qsizetype signatureStart = token.lastIndexOf(QLatin1Char('.')) + 1;
        token[signatureStart + 2] = token[signatureStart + 2] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        const TokenVerification verification =
            verify(token, demo::demoSessionProfile(m_demo->tenant().issuer()).profile);
        QVERIFY(verification.signature.checked);
        QVERIFY(!verification.signature.valid);
        QVERIFY(!verification.validation.passed()); // the claims alone are fine: the signature check fails it
        QVERIFY(!verification.genuineAndValid());
    }

    void tokenForAnotherApiIsGenuineButNotValidForTheProfile()
    {
        auto profile = demo::demoSessionProfile(m_demo->tenant().issuer()).profile;
        profile.audience = u"https://another-api.example/"_s;
        profile.clientId = u"another-client"_s;
        const TokenVerification verification = verify(demoAccessToken(), profile);
        QVERIFY(verification.signature.valid);
        QCOMPARE(verification.validation.find(u"aud"_s)->status, jwt::ValidationCheck::Status::Fail);
        QVERIFY(!verification.genuineAndValid());
    }

    void unreachableKeysAreReportedAsUnavailable()
    {
        test::FaultyHttpServer server([](const test::FaultyHttpServer::Request &) {
            test::FaultyHttpServer::Response response;
            response.status = 503;
            response.body = "{}";
            return response;
        });
        QVERIFY(server.listening());
        profiles::Profile profile;
        profile.issuer = server.url();
        const TokenVerification verification = verify(demoAccessToken(), profile);
        QCOMPARE(verification.keys, TokenVerification::Keys::Unavailable);
        QVERIFY(!verification.signature.checked);
        QVERIFY(!verification.signature.reason.isEmpty());
        QVERIFY(!verification.genuineAndValid());
    }

    void cancelledKeyFetchChecksNothing()
    {
        // Keys that trickle in a byte a second: the fetch is still running when the user cancels it.
        test::FaultyHttpServer server([](const test::FaultyHttpServer::Request &) {
            test::FaultyHttpServer::Response response;
            response.body = QByteArray(200, ' ');
            response.trickle = std::chrono::seconds(1);
            return response;
        });
        QVERIFY(server.listening());
        const auto token = jwt::decodeToken(demoAccessToken());
        QVERIFY(token);
        QSignalSpy verified(m_verifier.get(), &jwt::TokenVerifier::verified);
        m_verifier->verify(token.value(), server.url(), {});
        QTRY_VERIFY(server.requests() > 0);
        m_verifier->cancel(server.url());
        QTRY_COMPARE(verified.count(), 1);
        QCOMPARE(verified.constFirst().at(1).value<TokenVerification>().keys, TokenVerification::Keys::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestTokenVerifier)
#include "TestTokenVerifier.moc"
