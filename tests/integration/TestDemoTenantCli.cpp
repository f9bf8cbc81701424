// orglens-cli demo-tenant as a real process: JSON lines on stdout, serves discovery, stops cleanly on SIGTERM.
#include "TestBrowser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace orglens::test;

class TestDemoTenantCli : public QObject {
    Q_OBJECT

private slots:
    void startsServesAndStopsOnSigterm();
    void portTakenFailsClearly();
};

void TestDemoTenantCli::startsServesAndStopsOnSigterm()
{
    QProcess process;
    process.start(QStringLiteral(ORGLENS_CLI_BINARY),
                  {QStringLiteral("demo-tenant"), QStringLiteral("--device-interval"), QStringLiteral("1"),
                   QStringLiteral("--org-names")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QJsonObject first = QJsonDocument::fromJson(process.readLine()).object();
    const int port = first.value(QLatin1String("port")).toInt();
    QVERIFY(port > 0);
    QCOMPARE(first.value(QLatin1String("issuer")).toString(), QStringLiteral("http://127.0.0.1:%1/").arg(port));

    TestBrowser browser(QUrl(first.value(QLatin1String("issuer")).toString()));
    const HttpResult discovery = browser.get(browser.url(QStringLiteral(".well-known/openid-configuration")));
    QCOMPARE(discovery.status, 200);
    QCOMPARE(discovery.json().value(QLatin1String("issuer")).toString(),
             first.value(QLatin1String("issuer")).toString());
    // A token request produces one event line, without the token.
    const HttpResult token =
        browser.postForm(browser.url(QStringLiteral("oauth/token")),
                         QUrlQuery{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                   {QStringLiteral("client_id"), QStringLiteral("demo-m2m")},
                                   {QStringLiteral("client_secret"), QStringLiteral("demo-m2m-secret")},
                                   {QStringLiteral("audience"), QStringLiteral("https://api.orglens.example/")}});
    QCOMPARE(token.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QByteArray line = process.readLine();
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("token_issued"));
    QVERIFY(!line.contains(token.json().value(QLatin1String("access_token")).toString().toLatin1()));

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestDemoTenantCli::portTakenFailsClearly()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(QStringLiteral(ORGLENS_CLI_BINARY),
                  {QStringLiteral("demo-tenant"), QStringLiteral("--port"), QString::number(blocker.serverPort())});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 1);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QString::number(blocker.serverPort())) && error.contains(QLatin1String("--port")),
             qPrintable(error));
    QVERIFY(process.readAllStandardOutput().isEmpty());

    process.start(QStringLiteral(ORGLENS_CLI_BINARY),
                  {QStringLiteral("demo-tenant"), QStringLiteral("--fail-rate"), QStringLiteral("2")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestDemoTenantCli)
#include "TestDemoTenantCli.moc"
