// Hostile tokens: kid injection, key references in the header (end to end, no request may leave), oversized and
// deeply nested tokens, invalid UTF-8. alg "none", HMAC key confusion, algorithm substitution, exp/nbf and iss
// checks have their own tests (see SECURITY.md).
#include "CliRunner.h"
#include "DemoTenantFixture.h"
#include "EventLoop.h"
#include "TestKeys.h"
#include "UnsignedTokens.h"

#include "jwt/ClaimValidator.h"
#include "jwt/Jwks.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenDecoder.h"
#include "jwt/TokenInspection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;
using orglens::test::TestKey;
namespace TestTokens = orglens::test::TestTokens;

namespace {

const QJsonObject Claims{{QStringLiteral("iss"), QStringLiteral("https://tenant.example/")},
                         {QStringLiteral("sub"), QStringLiteral("auth0|alice")}};

// "header.payload.signature" from raw JSON bytes (which may be invalid), signature "sig".
QString tokenFromBytes(const QByteArray &header, const QByteArray &payload)
{
    return QString::fromLatin1(TestTokens::base64Url(header) + '.' + TestTokens::base64Url(payload) + '.' +
                               TestTokens::base64Url("sig"));
}

QByteArray nestedArray(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

// A local server that counts the connections made to it: nothing may connect.
class CountingServer : public QTcpServer {
public:
    CountingServer()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                socket->deleteLater();
            }
        });
    }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(QLatin1String(path));
    }
    int connections = 0;
};

} // namespace

class TestTokenAttacks : public QObject {
    Q_OBJECT

    TestKey m_key = TestKey::generate(QStringLiteral("RS256"), QStringLiteral("rsa-1"));

private slots:
    // kid only ever selects, by exact match, among the keys of the JWKS: never a path, a query or a prefix.
    void kidInjectionSelectsNoKey_data()
    {
        QTest::addColumn<QString>("kid");
        QTest::newRow("path traversal") << QStringLiteral("../../../../etc/passwd");
        QTest::newRow("path to the real kid") << QStringLiteral("../keys/rsa-1");
        QTest::newRow("sql") << QStringLiteral("rsa-1' OR '1'='1");
        QTest::newRow("sql comment") << QStringLiteral("rsa-1\"; DROP TABLE keys; --");
        QTest::newRow("prefix") << QStringLiteral("rsa-");
        QTest::newRow("suffix") << QStringLiteral("rsa-1 ");
        QTest::newRow("case") << QStringLiteral("RSA-1");
        QTest::newRow("nul") << QStringLiteral("rsa-1%1").arg(QChar(0));
        QTest::newRow("wildcard") << QStringLiteral("*");
        QTest::newRow("url") << QStringLiteral("file:///dev/zero");
    }
    void kidInjectionSelectsNoKey()
    {
        QFETCH(QString, kid);
        const JwkSet keys = parseJwks(TestTokens::jwks({m_key})).value();
        // Signed with the genuine key: a lenient kid match would make it verify.
        const auto token = decodeToken(m_key.sign(Claims, QJsonObject{{QStringLiteral("kid"), kid}}));
        QVERIFY(token);
        QCOMPARE(token->kid(), kid);
        const SignatureResult result = verifySignature(*token, keys);
        QVERIFY(!result.valid);
        QVERIFY(!result.checked);
        QVERIFY2(result.reason.contains(QStringLiteral("There is no key with kid")), qPrintable(result.reason));
    }

    // End to end through `orglens-cli decode --verify --issuer`: the keys come from the issuer's JWKS only; jku,
    // x5u and jwk pointing at another server are never fetched, and the forged token is not genuine.
    void keyReferencesInTheHeaderAreNeverFetched_data()
    {
        QTest::addColumn<QString>("parameter");
        QTest::newRow("jku") << QStringLiteral("jku");
        QTest::newRow("x5u") << QStringLiteral("x5u");
        QTest::newRow("jwk") << QStringLiteral("jwk");
    }
    void keyReferencesInTheHeaderAreNeverFetched()
    {
        QFETCH(QString, parameter);
        test::DemoTenantFixture demo;
        QVERIFY2(demo.started(), qPrintable(demo.startError()));
        CountingServer attacker;
        QVERIFY(attacker.isListening());

        const TestKey forged = TestKey::generate(QStringLiteral("RS256"), demo.tenant().signingKey().kid());
        const QJsonValue reference =
            parameter == QLatin1String("jwk") ? QJsonValue(forged.publicJwk()) : QJsonValue(attacker.url("keys.json"));
        QJsonObject claims = Claims;
        claims.insert(QStringLiteral("iss"), demo.issuer());
        claims.insert(QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() + 600);
        const QString token = forged.sign(claims, QJsonObject{{parameter, reference}});

        const test::CliRun run =
            test::runCli({QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--issuer"),
                          demo.issuer(), QStringLiteral("--json"), token});
        test::runQueuedEvents(); // the CLI has exited: a connection it made is accepted by now
        QCOMPARE(attacker.connections, 0);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject signature =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("signature")).toObject();
        QCOMPARE(signature.value(QStringLiteral("valid")).toBool(true), false);
        QVERIFY2(signature.value(QStringLiteral("reason")).toString().contains(parameter), qPrintable(run.out));
    }

    // 1 MB is the most a pasted token may be: just under it decodes and verifies quickly, just over it is refused
    // before any base64 or JSON work.
    void hugeTokens()
    {
        const QString filler = QString(MaxTokenLength * 3 / 4 - 2048, QLatin1Char('a'));
        QJsonObject claims = Claims;
        claims.insert(QStringLiteral("filler"), filler);
        const QString big = m_key.sign(claims);
        QVERIFY(big.size() < MaxTokenLength);
        QVERIFY(big.size() > MaxTokenLength - 8192);
        QElapsedTimer timer;
        timer.start();
        const auto decoded = decodeToken(big);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
        QVERIFY(verifySignature(*decoded, parseJwks(TestTokens::jwks({m_key})).value()).valid);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));

        const QString over = big + QString(MaxTokenLength - big.size() + 1, QLatin1Char('A'));
        const auto refused = decodeToken(over);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QString::fromLatin1(DecodeError::TooLarge));
        QVERIFY2(refused.error().message.contains(QStringLiteral("over 1048576 bytes are refused")),
                 qPrintable(refused.error().message));
    }

    void deepNestingIsRefused_data()
    {
        QTest::addColumn<bool>("inHeader");
        QTest::addColumn<int>("depth"); // levels below the top-level object
        QTest::addColumn<bool>("accepted");
        QTest::newRow("payload at the limit") << false << MaxJsonDepth - 1 << true;
        QTest::newRow("payload one past the limit") << false << MaxJsonDepth << false;
        QTest::newRow("payload past Qt's own limit") << false << 5000 << false;
        QTest::newRow("header one past the limit") << true << MaxJsonDepth << false;
        QTest::newRow("header, deep objects") << true << 100000 << false;
    }
    void deepNestingIsRefused()
    {
        QFETCH(bool, inHeader);
        QFETCH(int, depth);
        QFETCH(bool, accepted);
        QByteArray nested;
        if (depth >= 100000) {
            for (int i = 0; i < depth; ++i)
                nested += "{\"a\":";
            nested += '1' + QByteArray(depth, '}');
        } else {
            nested = nestedArray(depth);
        }
        const QByteArray deep = "{\"alg\":\"RS256\",\"x\":" + nested + '}';
        const QByteArray plain = R"({"alg":"RS256"})";
        const auto result = decodeToken(inHeader ? tokenFromBytes(deep, "{}") : tokenFromBytes(plain, deep));
        QCOMPARE(bool(result), accepted);
        if (accepted)
            return;
        QCOMPARE(result.error().code, QString::fromLatin1(DecodeError::TooDeep));
        QVERIFY2(result.error().message.startsWith(inHeader ? QStringLiteral("header:") : QStringLiteral("payload:")),
                 qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("nested more than %1 levels").arg(MaxJsonDepth)),
                 qPrintable(result.error().message));
    }

    void invalidUtf8IsRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("0xff") << QByteArray("{\"sub\":\"a\xff"
                                            "b\"}");
        QTest::newRow("overlong '/'") << QByteArray("{\"sub\":\"\xc0\xaf\"}");
        QTest::newRow("surrogate") << QByteArray("{\"sub\":\"\xed\xa0\x80\"}");
        QTest::newRow("truncated") << QByteArray("{\"sub\":\"\xe2\x82\"}");
        QTest::newRow("in a key") << QByteArray("{\"s\xfe\":1}");
    }
    void invalidUtf8IsRefused()
    {
        QFETCH(QByteArray, payload);
        const auto result = decodeToken(tokenFromBytes(R"({"alg":"RS256"})", payload));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QString::fromLatin1(DecodeError::Json));
        QVERIFY2(result.error().message.startsWith(QStringLiteral("payload: invalid JSON at offset")),
                 qPrintable(result.error().message));
    }

    // Time claims far outside any real date (found by fuzzing: converting 1e300 to an integer was undefined
    // behaviour) are reported as malformed, never read as some other date.
    void absurdTimeClaimsAreMalformed_data()
    {
        QTest::addColumn<double>("exp");
        QTest::newRow("1e300") << 1e300;
        QTest::newRow("-1e300") << -1e300;
        QTest::newRow("just past int64") << 9.3e18;
        QTest::newRow("year 10000") << 253402300800.0;
        QTest::newRow("before year 1") << -62135596801.0;
    }
    void absurdTimeClaimsAreMalformed()
    {
        QFETCH(double, exp);
        QJsonObject claims = Claims;
        for (const char *claim : {"exp", "nbf", "iat", "auth_time"})
            claims.insert(QLatin1String(claim), exp);
        const auto token = decodeToken(test::unsignedToken(claims));
        QVERIFY(token);
        const FixedClock clock(QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC));

        const TokenInspection inspection = inspectToken(*token, clock);
        QStringList codes;
        for (const InspectionWarning &warning : inspection.warnings)
            codes << warning.code;
        QVERIFY2(codes.contains(QStringLiteral("bad-time-claim")), qPrintable(codes.join(QLatin1Char(','))));
        for (const char *code : {"expired", "not-yet-valid", "issued-in-future"})
            QVERIFY2(!codes.contains(QLatin1String(code)), code);
        for (const ClaimRow &row : inspection.payload)
            QVERIFY2(row.timeText.isEmpty(), qPrintable(row.name + QStringLiteral(": ") + row.timeText));

        ValidationOptions options;
        options.clock = &clock;
        const ValidationReport report = validateClaims(*token, options);
        QVERIFY(!report.passed());
        for (const char *claim : {"exp", "nbf"}) {
            const ValidationCheck *check = report.find(QLatin1String(claim));
            QVERIFY(check);
            QCOMPARE(check->status, ValidationCheck::Status::Fail);
            QVERIFY2(check->detail.contains(QStringLiteral("in the years 1 to 9999")), qPrintable(check->detail));
        }
    }

    // Non-ASCII in the pasted text itself is named, not mangled into base64.
    void nonAsciiInTheCompactFormIsRefused()
    {
        const QString token = test::unsignedToken(Claims);
        const auto result = decodeToken(token.left(10) + QChar(0xe9) + token.mid(10));
        QVERIFY(!result);
        QCOMPARE(result.error().code, QString::fromLatin1(DecodeError::Base64));
        QVERIFY2(result.error().message.contains(QStringLiteral("byte 0xc3")), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTokenAttacks)
#include "TestTokenAttacks.moc"
