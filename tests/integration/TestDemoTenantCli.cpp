// orglens-cli demo-tenant as a real process: JSON lines on stdout, serves discovery, stops cleanly on SIGTERM.
#include "TestBrowser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <csignal>

using namespace orglens::test;

class TestDemoTenantCli : public QObject {
    Q_OBJECT

private slots:
    void startsServesAndStopsOnSigterm();
    void portTakenFailsClearly();
    void actionsPresetChoosesThePipeline();
    void withoutNodeThePresetIsSimulated();
};

namespace {

// Starts `orglens-cli demo-tenant ARGS` and returns its first line (issuer, port, actions).
QJsonObject startTenant(QProcess &process, const QStringList &arguments)
{
    process.start(QStringLiteral(ORGLENS_CLI_BINARY), QStringList{QStringLiteral("demo-tenant")} + arguments);
    if (!process.waitForStarted())
        return {};
    while (!process.canReadLine() && process.waitForReadyRead(10000)) {
    }
    return QJsonDocument::fromJson(process.readLine()).object();
}

HttpResult exchangeAnything(const QJsonObject &started)
{
    TestBrowser browser(QUrl(started.value(QLatin1String("issuer")).toString()));
    return browser.postForm(
        browser.url(QStringLiteral("oauth/token")),
        QUrlQuery{{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange")},
                  {QStringLiteral("client_id"), QStringLiteral("demo-exchange")},
                  {QStringLiteral("client_secret"), QStringLiteral("demo-exchange-secret")},
                  {QStringLiteral("subject_token"), QStringLiteral("anything at all")},
                  {QStringLiteral("subject_token_type"), QStringLiteral("urn:orglens:device-access-token")}});
}

} // namespace

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

void TestDemoTenantCli::actionsPresetChoosesThePipeline()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        QSKIP("node is not installed");
    QProcess process;
    const QJsonObject started = startTenant(process, {QStringLiteral("--actions"), QStringLiteral("article")});
    QCOMPARE(started.value(QLatin1String("actions")).toString(), QStringLiteral("article"));
    // The article's placeholder exchange accepts any subject token.
    const HttpResult exchanged = exchangeAnything(started);
    QCOMPARE(exchanged.status, 200);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QVERIFY(process.readAllStandardError().isEmpty());

    process.start(QStringLiteral(ORGLENS_CLI_BINARY),
                  {QStringLiteral("demo-tenant"), QStringLiteral("--actions"), QStringLiteral("articel")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("builtin, article, decoded, fixed, none")) &&
                 error.contains(QLatin1String("'articel'")),
             qPrintable(error));

    process.start(QStringLiteral(ORGLENS_CLI_BINARY),
                  {QStringLiteral("demo-tenant"), QStringLiteral("--help-actions")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(1).startsWith("article: "));
}

void TestDemoTenantCli::withoutNodeThePresetIsSimulated()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
    process.setProcessEnvironment(environment);
    const QJsonObject started = startTenant(process, {QStringLiteral("--actions"), QStringLiteral("article")});
    QCOMPARE(started.value(QLatin1String("actions")).toString(), QStringLiteral("article"));
    // The built-in exchange verifies the subject token, unlike the article's Action it stands in for.
    const HttpResult exchanged = exchangeAnything(started);
    QCOMPARE(exchanged.status, 400);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(QLatin1String("Node.js is not installed")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestDemoTenantCli)
#include "TestDemoTenantCli.moc"
