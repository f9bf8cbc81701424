#include "UnsignedTokens.h"
#include "jwt/TokenDecoder.h"
#include "jwt/TokenKind.h"

#include <QJsonDocument>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;
using orglens::test::brokenOverLines;
using orglens::test::encryptedToken;

Q_DECLARE_METATYPE(orglens::jwt::TokenForm)

namespace {
// RFC 7515 Appendix A.1: an HS256 JWS with CRLF inside the JSON.
const auto Rfc7515A1 =
    QStringLiteral("eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
                   "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
                   "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

QString part(const QByteArray &json)
{
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

class TestTokenDecoder : public QObject {
    Q_OBJECT
private slots:
    void decodesRfc7515Example()
    {
        const auto result = decodeToken(Rfc7515A1);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->alg(), QStringLiteral("HS256"));
        QCOMPARE(result->header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
        QCOMPARE(result->payload.value(QStringLiteral("iss")).toString(), QStringLiteral("joe"));
        QCOMPARE(result->payload.value(QStringLiteral("exp")).toInteger(), 1300819380);
        QCOMPARE(result->payload.value(QStringLiteral("http://example.com/is_root")).toBool(), true);
        QCOMPARE(result->signature.size(), 32);
        QCOMPARE(result->signingInput, Rfc7515A1.section(QLatin1Char('.'), 0, 1).toLatin1());
        QVERIFY(result->inputNotes.isEmpty());
    }

    void acceptsWhatPeoplePaste_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("notes");
        QTest::newRow("whitespace") << QStringLiteral("  \n") + Rfc7515A1 + QStringLiteral(" \t\n") << 0;
        QTest::newRow("bearer") << QStringLiteral("Bearer ") + Rfc7515A1 << 1;
        QTest::newRow("bearer lower case") << QStringLiteral("bearer   ") + Rfc7515A1 << 1;
        QTest::newRow("authorization header") << QStringLiteral("Authorization: Bearer ") + Rfc7515A1 << 2;
        QTest::newRow("broken over lines") << brokenOverLines(Rfc7515A1, QStringLiteral("\n")) << 1;
        QTest::newRow("broken with CRLF and indentation")
            << brokenOverLines(Rfc7515A1, QStringLiteral("\r\n    ")) << 1;
        QTest::newRow("spaces around the dots") << Rfc7515A1.split(QLatin1Char('.')).join(QStringLiteral(" . ")) << 1;
        QTest::newRow("bearer and broken")
            << QStringLiteral("Bearer ") + brokenOverLines(Rfc7515A1, QStringLiteral("\n")) << 2;
    }
    void acceptsWhatPeoplePaste()
    {
        QFETCH(QString, input);
        QFETCH(int, notes);
        const auto result = decodeToken(input);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->compact, Rfc7515A1);
        QCOMPARE(result->inputNotes.size(), notes);
        const bool joined = input.trimmed().contains(QLatin1Char('\n')) || input.contains(QLatin1String(" . "));
        QCOMPARE(result->inputNotes.contains(QStringLiteral("Removed line breaks/spaces inside the token.")), joined);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("messagePart");
        const QString header = part(R"({"alg":"RS256"})");
        const QString payload = part(R"({"sub":"a"})");
        QTest::newRow("empty") << QStringLiteral("  ") << "empty"
                               << "empty";
        QTest::newRow("opaque") << QStringLiteral("kq2Zr0dXy1x7nVbQ") << "opaque"
                                << "opaque token";
        QTest::newRow("jwe") << QStringLiteral("a.b.c.d.e") << "encrypted"
                             << "JWE, 5 parts";
        QTest::newRow("two parts") << header + QLatin1Char('.') + payload << "part-count"
                                   << "The token has 2 parts; a JWS has 3 (a JWE has 5";
        QTest::newRow("four parts") << QStringLiteral("a.b.c.d") << "part-count"
                                    << "has 4 parts";
        QTest::newRow("illegal char") << header + QStringLiteral(".ab+c.sig") << "base64url"
                                      << "payload: illegal character '+' at position 2";
        QTest::newRow("padding inside") << QStringLiteral("ab=c.") + payload + QStringLiteral(".sig") << "base64url"
                                        << "header: padding character '=' at position 2";
        QTest::newRow("truncated") << header + QLatin1Char('.') + payload + QStringLiteral(".abcde") << "base64url"
                                   << "signature: 5 base64url characters cannot encode whole bytes";
        QTest::newRow("words") << QStringLiteral("hello world") << "not-a-token"
                               << "This is not a token: it has spaces or line breaks between words";
        QTest::newRow("words over lines") << QStringLiteral("hello\nworld") << "not-a-token"
                                          << "This is not a token";
        QTest::newRow("broken JWT with a word inside")
            << header + QStringLiteral(".\nnot base64!\n.sig") << "not-a-token"
            << "This is not a token";
        QTest::newRow("characters no token has") << QStringLiteral("notatoken%$#123") << "not-a-token"
                                                 << "This is not a token: it contains '%', a character no token has";
        QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9") << "not-a-token"
                                   << "contains '\u00e9'";
        QTest::newRow("padding inside an opaque token") << QStringLiteral("abc=def") << "not-a-token"
                                                        << "'='";
        QTest::newRow("readable JWE header") << encryptedToken() << "encrypted"
                                             << "Protected header: alg RSA-OAEP-256, enc A256GCM, kid api-key-1, "
                                                "cty JWT. Encrypted: the payload cannot be read without the "
                                                "tenant's key";
        QTest::newRow("JWE with an unreadable header") << QStringLiteral("a.b.c.d.e") << "encrypted"
                                                       << "Its protected header cannot be read either.";
        QTest::newRow("payload bad json")
            << header + QLatin1Char('.') + part(R"({"sub":"a",})") + QStringLiteral(".sig") << "json"
            << "payload: invalid JSON at offset";
        QTest::newRow("payload array") << header + QLatin1Char('.') + part("[1,2]") + QStringLiteral(".sig")
                                       << "not-object"
                                       << "payload: the JSON is an array";
        QTest::newRow("header not json") << part("hello") + QLatin1Char('.') + payload + QStringLiteral(".sig")
                                         << "json"
                                         << "header: invalid JSON";
        QTest::newRow("missing alg") << part(R"({"typ":"JWT"})") + QLatin1Char('.') + payload + QStringLiteral(".sig")
                                     << "missing-alg"
                                     << "header: missing 'alg'";
        QTest::newRow("alg not string") << part(R"({"alg":5})") + QLatin1Char('.') + payload + QStringLiteral(".sig")
                                        << "missing-alg"
                                        << "header: missing 'alg'";
        QTest::newRow("too large") << QString(MaxTokenLength + 1, QLatin1Char('a')) << "too-large"
                                   << "refused";
    }
    void rejectsBadInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(QString, messagePart);
        const auto result = decodeToken(input);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    }

    // One owner of "is this a token at all": what Explain judges and what it refuses.
    void classifiesPastedText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<TokenForm>("form");
        QTest::newRow("JWT") << Rfc7515A1 << TokenForm::Jwt;
        QTest::newRow("JWT broken over lines") << brokenOverLines(Rfc7515A1, QStringLiteral("\n")) << TokenForm::Jwt;
        QTest::newRow("opaque") << QStringLiteral("kq2Zr0dXy1x7nVbQ") << TokenForm::Opaque;
        // RFC 6750 b64token: '~', '+', '/' and trailing '=' are Bearer characters.
        QTest::newRow("opaque with b64token characters") << QStringLiteral("Bearer ab~c+d/e==") << TokenForm::Opaque;
        QTest::newRow("JWE") << encryptedToken() << TokenForm::Encrypted;
        QTest::newRow("words") << QStringLiteral("hello world") << TokenForm::NotAToken;
        QTest::newRow("two parts") << QStringLiteral("abc.def") << TokenForm::NotAToken;
        QTest::newRow("symbols") << QStringLiteral("notatoken%$#123") << TokenForm::NotAToken;
        QTest::newRow("empty") << QStringLiteral(" \n ") << TokenForm::NotAToken;
    }
    void classifiesPastedText()
    {
        QFETCH(QString, input);
        QFETCH(TokenForm, form);
        QCOMPARE(tokenForm(decodeToken(input)), form);
    }

    // Every length (so every tail of 0, 2 or 3 characters) and every byte value decodes back to the input.
    void base64UrlRoundTripsEveryLengthAndByte()
    {
        QByteArray bytes;
        for (int length = 0; length <= 300; ++length) {
            const QByteArray encoded = bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            const auto decoded = decodeBase64Url(encoded, QStringLiteral("test"));
            QVERIFY2(decoded.ok(), encoded.constData());
            QCOMPARE(decoded.value(), bytes);
            bytes += char((length * 37 + 11) % 256);
        }
    }

    void toleratesTrailingPadding()
    {
        const QString padded =
            part(R"({"alg":"none"})") + QStringLiteral("==.") + part(R"({"a":1})") + QLatin1Char('.');
        const auto result = decodeToken(padded);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->alg(), QStringLiteral("none"));
        QVERIFY(result->signature.isEmpty());
    }

    void reportsJsonErrorOffset()
    {
        const QString token =
            part(R"({"alg":"RS256"})") + QLatin1Char('.') + part(R"({"sub": tru})") + QStringLiteral(".c2ln");
        const auto result = decodeToken(token);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.startsWith(QStringLiteral("payload: invalid JSON at offset 9")),
                 qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTokenDecoder)
#include "TestTokenDecoder.moc"
