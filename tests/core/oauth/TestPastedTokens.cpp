#include "UnsignedTokens.h"
#include "oauth/PastedTokens.h"
#include "oauth/SessionHistory.h"

#include <QJsonDocument>
#include <QTest>

using namespace orglens;
using namespace orglens::oauth;

namespace {

QString accessToken()
{
    return test::unsignedToken({{QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
                                {QStringLiteral("aud"), QStringLiteral("https://api.acme.example/")},
                                {QStringLiteral("scope"), QStringLiteral("read:orders")},
                                {QStringLiteral("sub"), QStringLiteral("auth0|alice")}});
}

QString idToken()
{
    return test::unsignedToken({{QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
                                {QStringLiteral("aud"), QStringLiteral("native-client")},
                                {QStringLiteral("nonce"), QStringLiteral("n-1")},
                                {QStringLiteral("email"), QStringLiteral("alice@example.com")},
                                {QStringLiteral("sub"), QStringLiteral("auth0|alice")}});
}

QString responseJson(const QString &access, const QString &id)
{
    QJsonObject object{{QStringLiteral("token_type"), QStringLiteral("Bearer")}, {QStringLiteral("expires_in"), 86400}};
    if (!access.isNull())
        object.insert(QStringLiteral("access_token"), access);
    if (!id.isNull())
        object.insert(QStringLiteral("id_token"), id);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

class TestPastedTokens : public QObject {
    Q_OBJECT
private slots:
    void recognisesForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("form");
        QTest::addColumn<QString>("opened");
        QTest::addColumn<bool>("hasAccess");
        QTest::addColumn<bool>("hasId");
        const QString access = accessToken();
        const QString id = idToken();
        QTest::newRow("bare access token") << access << int(PastedForm::Token) << access << true << false;
        QTest::newRow("bare ID token goes to id slot") << id << int(PastedForm::Token) << id << false << true;
        QTest::newRow("surrounding whitespace") << QStringLiteral("\n  ") + access + QStringLiteral("  \n")
                                                << int(PastedForm::Token) << access << true << false;
        QTest::newRow("bearer line") << QStringLiteral("Bearer ") + access << int(PastedForm::BearerLine) << access
                                     << true << false;
        QTest::newRow("lower-case bearer")
            << QStringLiteral("bearer ") + access << int(PastedForm::BearerLine) << access << true << false;
        QTest::newRow("authorization header") << QStringLiteral("Authorization: Bearer ") + access
                                              << int(PastedForm::AuthorizationHeader) << access << true << false;
        QTest::newRow("response with both")
            << responseJson(access, id) << int(PastedForm::TokenResponse) << access << true << true;
        QTest::newRow("response, opaque access token") << responseJson(QStringLiteral("opaqueAccessToken123"), id)
                                                       << int(PastedForm::TokenResponse) << id << true << true;
        QTest::newRow("response with ID token only")
            << responseJson(QString(), id) << int(PastedForm::TokenResponse) << id << false << true;
    }

    void recognisesForms()
    {
        QFETCH(QString, text);
        QFETCH(int, form);
        QFETCH(QString, opened);
        QFETCH(bool, hasAccess);
        QFETCH(bool, hasId);
        const auto pasted = recognizePastedText(text);
        QVERIFY2(pasted.ok(), pasted.ok() ? "" : qPrintable(pasted.error().message));
        QCOMPARE(int(pasted->form), form);
        QCOMPARE(pasted->tokenToOpen, opened);
        QCOMPARE(!pasted->tokens.accessToken.isEmpty(), hasAccess);
        QCOMPARE(!pasted->tokens.idToken.isEmpty(), hasId);
        QVERIFY(!pasted->tokens.isEmpty());
    }

    void responseKeepsBothTokensVerbatim()
    {
        const auto pasted = recognizePastedText(responseJson(accessToken(), idToken()));
        QVERIFY(pasted.ok());
        QCOMPARE(pasted->tokens.accessToken.toString(), accessToken());
        QCOMPARE(pasted->tokens.idToken.toString(), idToken());
        QCOMPARE(pasted->tokens.expiresIn, 86400);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << "   "
                               << "empty"
                               << "";
        QTest::newRow("opaque token") << "abcdefABCDEF0123"
                                      << "opaque"
                                      << "";
        QTest::newRow("JSON without tokens") << R"({"error":"access_denied"})" << PasteError::NoTokens << "error";
        QTest::newRow("broken JSON") << R"({"access_token": )"
                                     << "json"
                                     << "offset";
        QTest::newRow("only opaque tokens") << R"({"access_token":"opaque"})" << PasteError::NoJwt << "opaque";
    }

    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        const auto pasted = recognizePastedText(text);
        QVERIFY(!pasted.ok());
        QCOMPARE(pasted.error().code, code);
        QVERIFY2(pasted.error().message.contains(messagePart), qPrintable(pasted.error().message));
    }

    void pastedRecordNamesIssuerAndForm()
    {
        const auto pasted = recognizePastedText(QStringLiteral("Authorization: Bearer ") + accessToken());
        QVERIFY(pasted.ok());
        const SessionRecord record = pastedRecord(pasted.value());
        QCOMPARE(record.flow, Flow::Pasted);
        QCOMPARE(record.issuer, QUrl(QStringLiteral("https://acme.eu.auth0.com/")));
        QCOMPARE(record.tokens.accessToken.toString(), accessToken());
        QCOMPARE(flowLabel(record.flow), QStringLiteral("Pasted"));
    }
};

QTEST_GUILESS_MAIN(TestPastedTokens)
#include "TestPastedTokens.moc"
