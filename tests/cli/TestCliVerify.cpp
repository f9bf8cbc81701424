#include "CliRunner.h"
#include "DemoTenantFixture.h"
#include "TestKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens::test;

namespace {
QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonObject validPayload()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{QStringLiteral("iss"), QStringLiteral("https://acme.eu.auth0.com/")},
            {QStringLiteral("sub"), QStringLiteral("auth0|alice")},
            {QStringLiteral("aud"), QStringLiteral("https://api.example/")},
            {QStringLiteral("iat"), now - 10},
            {QStringLiteral("exp"), now + 3600}};
}

QString checkStatus(const QJsonObject &report, const QString &name)
{
    for (const QJsonValue &check : report[QStringLiteral("validation")][QStringLiteral("checks")].toArray()) {
        if (check[QStringLiteral("name")].toString() == name)
            return check[QStringLiteral("status")].toString();
    }
    return {};
}
} // namespace

class TestCliVerify : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_jwksPath = m_dir.filePath(QStringLiteral("jwks.json"));
        QFile file(m_jwksPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestTokens::jwks({m_key}));
    }

    void verifiesWithJwksFile()
    {
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--jwks"),
                                   m_jwksPath, QStringLiteral("--audience"), QStringLiteral("https://api.example/"),
                                   QStringLiteral("--json"), m_key.sign(validPayload())});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = parseObject(run.out);
        QCOMPARE(report[QStringLiteral("signature")][QStringLiteral("valid")].toBool(), true);
        QCOMPARE(report[QStringLiteral("signature")][QStringLiteral("kid")].toString(), m_key.kid());
        QCOMPARE(checkStatus(report, QStringLiteral("aud")), QStringLiteral("pass"));
        QCOMPARE(checkStatus(report, QStringLiteral("exp")), QStringLiteral("pass"));
        QCOMPARE(checkStatus(report, QStringLiteral("signature")), QStringLiteral("pass"));
        QCOMPARE(report[QStringLiteral("validation")][QStringLiteral("passed")].toBool(), true);
    }

    // A script reading validation.passed must never trust a token whose signature failed, even when every claim is
    // as expected: the signature is the first check, in the JSON of single tokens and of --batch lines.
    void validationPassedMeansTrusted()
    {
        const QString tampered = TestTokens::flipSignatureBit(m_key.sign(validPayload()));
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--jwks"),
                                   m_jwksPath, QStringLiteral("--audience"), QStringLiteral("https://api.example/"),
                                   QStringLiteral("--json"), tampered});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = parseObject(run.out);
        QCOMPARE(report[QStringLiteral("validation")][QStringLiteral("passed")].toBool(), false);
        QCOMPARE(checkStatus(report, QStringLiteral("signature")), QStringLiteral("fail"));
        QCOMPARE(checkStatus(report, QStringLiteral("aud")), QStringLiteral("pass"));

        const CliRun batch = runCli({QStringLiteral("decode"), QStringLiteral("--batch"), QStringLiteral("--verify"),
                                     QStringLiteral("--jwks"), m_jwksPath},
                                    tampered + QLatin1Char('\n') + m_key.sign(validPayload()) + QLatin1Char('\n'));
        const QStringList lines = batch.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(parseObject(lines.at(0))[QStringLiteral("validation")][QStringLiteral("passed")].toBool(), false);
        QCOMPARE(parseObject(lines.at(1))[QStringLiteral("validation")][QStringLiteral("passed")].toBool(), true);
    }

    void tamperedTokenFailsWithExitCode1()
    {
        const QString tampered = TestTokens::flipSignatureBit(m_key.sign(validPayload()));
        const CliRun run = runCli(
            {QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--jwks"), m_jwksPath, tampered});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("Signature: INVALID")), qPrintable(run.out));
    }

    void wrongKeyAndAlgNoneAreNotGenuine_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("other key, same kid")
            << TestKey::generate(QStringLiteral("RS256"), m_key.kid()).sign(validPayload());
        QTest::newRow("alg none") << TestTokens::unsignedToken(
            QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}}, validPayload());
        QTest::newRow("HS256 with the public key")
            << TestTokens::hmacToken(QJsonObject{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                 {QStringLiteral("kid"), QStringLiteral("cli-key")}},
                                     validPayload(), m_key.publicKeyPem());
    }
    void wrongKeyAndAlgNoneAreNotGenuine()
    {
        QFETCH(QString, token);
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--jwks"),
                                   m_jwksPath, QStringLiteral("--json"), token});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(parseObject(run.out)[QStringLiteral("signature")][QStringLiteral("valid")].toBool(), false);
    }

    void expiredTokenFailsValidation()
    {
        QJsonObject payload = validPayload();
        payload.insert(QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 600);
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--jwks"),
                                   m_jwksPath, QStringLiteral("--json"), m_key.sign(payload)});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = parseObject(run.out);
        QCOMPARE(report[QStringLiteral("signature")][QStringLiteral("valid")].toBool(), true);
        QCOMPARE(checkStatus(report, QStringLiteral("exp")), QStringLiteral("fail"));
    }

    void batchVerifiesEveryLine()
    {
        const QString input = m_key.sign(validPayload()) + QLatin1Char('\n') +
                              TestTokens::flipSignatureBit(m_key.sign(validPayload())) + QLatin1Char('\n');
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--jwks"),
                                   m_jwksPath, QStringLiteral("--batch")},
                                  input);
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(parseObject(lines[0])[QStringLiteral("signature")][QStringLiteral("valid")].toBool(), true);
        QCOMPARE(parseObject(lines[1])[QStringLiteral("signature")][QStringLiteral("valid")].toBool(), false);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no key source") << QStringList{QStringLiteral("--verify")} << "--verify needs the keys";
        QTest::newRow("missing file") << QStringList{QStringLiteral("--verify"), QStringLiteral("--jwks"),
                                                     QStringLiteral("/nonexistent/jwks.json")}
                                      << "/nonexistent/jwks.json";
        QTest::newRow("plain http issuer") << QStringList{QStringLiteral("--verify"), QStringLiteral("--issuer"),
                                                          QStringLiteral("http://tenant.example.com/")}
                                           << "Refusing to fetch keys over plain http";
        QTest::newRow("bad leeway") << QStringList{QStringLiteral("--leeway"), QStringLiteral("soon")}
                                    << "--leeway takes a number";
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run =
            runCli(QStringList{QStringLiteral("decode")} + arguments + QStringList{m_key.sign(validPayload())});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // The keys come from the configured issuer's discovery document over real HTTP (the demo tenant).
    void verifiesAgainstIssuerOverHttp()
    {
        DemoTenantFixture fixture;
        QVERIFY2(fixture.started(), qPrintable(fixture.startError()));
        const QString token = fixture.clientCredentials(QStringLiteral("https://api.orglens.example/"))
                                  .json()[QStringLiteral("access_token")]
                                  .toString();
        QVERIFY(!token.isEmpty());
        const CliRun run = runCli({QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--issuer"),
                                   fixture.issuer(), QStringLiteral("--json"), token});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = parseObject(run.out);
        QCOMPARE(report[QStringLiteral("signature")][QStringLiteral("valid")].toBool(), true);
        QCOMPARE(checkStatus(report, QStringLiteral("iss")), QStringLiteral("pass"));

        // The same token checked against another tenant: wrong issuer, unknown key.
        DemoTenantFixture other;
        QVERIFY(other.started());
        const CliRun foreign = runCli({QStringLiteral("decode"), QStringLiteral("--verify"), QStringLiteral("--issuer"),
                                       other.issuer(), QStringLiteral("--json"), token});
        QCOMPARE(foreign.exitCode, 1);
        const QJsonObject foreignReport = parseObject(foreign.out);
        QCOMPARE(foreignReport[QStringLiteral("signature")][QStringLiteral("valid")].toBool(), false);
        QCOMPARE(checkStatus(foreignReport, QStringLiteral("iss")), QStringLiteral("fail"));
    }

private:
    TestKey m_key = TestKey::generate(QStringLiteral("RS256"), QStringLiteral("cli-key"));
    QTemporaryDir m_dir;
    QString m_jwksPath;
};

QTEST_GUILESS_MAIN(TestCliVerify)
#include "TestCliVerify.moc"
