// orglens-cli profile/login/refresh/revoke/token/exchange against the demo tenant; the test is the user's browser.
#include "CliRunner.h"
#include "DemoTenantFixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace orglens;
using orglens::test::CliRun;
using orglens::test::DemoTenantFixture;
using orglens::test::TestBrowser;

namespace {

const auto MgmtSecret = QStringLiteral("demo-m2m-secret");
const auto ExchangeSecret = QStringLiteral("demo-exchange-secret");

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *each : list)
        result << QString::fromUtf8(each);
    return result;
}

} // namespace

class TestCliOAuth : public QObject {
    Q_OBJECT

    std::unique_ptr<DemoTenantFixture> m_demo;
    QStringList m_secretsSeen; // every secret value the tests handled, to check no output or file has them

    QString issuer() const { return m_demo->issuer(); }

    QProcessEnvironment environment(bool withSecrets = true) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET"));
        environment.remove(QStringLiteral("ORGLENS_EXCHANGE_CLIENT_SECRET"));
        if (withSecrets) {
            environment.insert(QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET"), MgmtSecret);
            environment.insert(QStringLiteral("ORGLENS_EXCHANGE_CLIENT_SECRET"), ExchangeSecret);
        }
        return environment;
    }

    // Runs a command in-process; `whileRunning` sees stderr as it grows (to act as the user's browser).
    CliRun run(const QStringList &arguments, const QString &input = {},
               const std::function<bool(const QString &err)> &whileRunning = {}, bool withSecrets = true)
    {
        QString in = input;
        CliRun result;
        QTextStream inStream(&in);
        QTextStream outStream(&result.out);
        QTextStream errStream(&result.err);
        cli::CommandIo io{inStream, outStream, errStream, environment(withSecrets)};
        QTimer watcher;
        bool done = false;
        if (whileRunning) {
            watcher.setInterval(20);
            connect(&watcher, &QTimer::timeout, this, [&] {
                if (done)
                    return;
                errStream.flush();
                watcher.stop(); // no re-entry while the browser waits for pages
                done = whileRunning(result.err);
                if (!done)
                    watcher.start();
            });
            watcher.start();
        }
        result.exitCode = cli::runCommandLine(arguments, io);
        outStream.flush();
        errStream.flush();
        checkNoSecretIn(result.out + result.err);
        return result;
    }

    void checkNoSecretIn(const QString &text) const
    {
        for (const QString &secret : {MgmtSecret, ExchangeSecret}) {
            if (text.contains(secret))
                QTest::qFail(qPrintable(QStringLiteral("a client secret appears in CLI output")), __FILE__, __LINE__);
        }
    }

    // Approves the device login shown on stderr.
    std::function<bool(const QString &)> approveDevice(const QString &email)
    {
        return [this, email](const QString &err) {
            static const QRegularExpression code(QStringLiteral("enter the code (\\S+)"));
            const auto match = code.match(err);
            if (!match.hasMatch())
                return false;
            TestBrowser browser(m_demo->tenant().issuer());
            browser.activate(match.captured(1), email, QLatin1String(demo::DemoPassword));
            return true;
        };
    }

    QString settingsText() const
    {
        QFile file(QSettings().fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // orglens-cli as its own process with no keychain to reach (no D-Bus session) and its own HOME; waits with the
    // event loop running, since the demo tenant answers from this process.
    CliRun runWithoutKeychain(const QStringList &arguments, const QByteArray &input, const QTemporaryDir &home)
    {
        QProcess process;
        QProcessEnvironment environment = this->environment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ORGLENS_CLI_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            process.kill();
        CliRun result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      QString::fromUtf8(process.readAllStandardOutput()),
                      QString::fromUtf8(process.readAllStandardError())};
        checkNoSecretIn(result.out + result.err);
        return result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OrgLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("orglens-cli-oauth"));
        QFile::remove(QSettings().fileName());
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
    }

    void cleanupTestCase()
    {
        run(args({"profile", "remove", "demo"}));
        QFile::remove(QSettings().fileName());
    }

    void profileAddStoresSecretsOutsideSettings()
    {
        const CliRun add =
            run({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("demo"), QStringLiteral("--issuer"),
                 issuer(), QStringLiteral("--client-id"), QStringLiteral("demo-native"), QStringLiteral("--audience"),
                 QLatin1String(demo::OrdersApiAudience), QStringLiteral("--scope"),
                 QStringLiteral("openid profile offline_access"), QStringLiteral("--mgmt-client-id"),
                 QStringLiteral("demo-m2m"), QStringLiteral("--exchange-client-id"), QStringLiteral("demo-exchange"),
                 QStringLiteral("--subject-token-type"), QStringLiteral("urn:orglens:device-access-token"),
                 QStringLiteral("--namespace"), QStringLiteral("https://orglens.example/")});
        QCOMPARE(add.exitCode, 0);
        QVERIFY(add.err.contains(QStringLiteral("Stored the mgmt_client_secret of profile 'demo'")));
        const QString settings = settingsText();
        QVERIFY(settings.contains(QStringLiteral("demo-native")));
        QCOMPARE(QFile::permissions(QSettings().fileName()) & 0x0077, QFileDevice::Permissions()); // owner only
        QVERIFY(!settings.contains(MgmtSecret));
        QVERIFY(!settings.contains(ExchangeSecret));

        const CliRun again = run(args({"profile", "add", "demo", "--issuer", "https://x.example/"}));
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("profile set")));

        const CliRun list = run(args({"profile", "list", "--json"}));
        QCOMPARE(list.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0)[QStringLiteral("issuer")].toString(), issuer());

        const CliRun show = run(args({"profile", "show", "demo", "--json"}));
        QCOMPARE(show.exitCode, 0);
        const QJsonObject secrets = parseObject(show.out).value(QStringLiteral("secrets")).toObject();
        QCOMPARE(secrets.value(QStringLiteral("mgmt_client_secret")).toString(), QStringLiteral("stored"));
        QCOMPARE(secrets.value(QStringLiteral("refresh_token")).toString(), QStringLiteral("not stored"));

        const CliRun set = run(args({"profile", "set", "demo", "--use-org-names"}), {}, {}, false);
        QCOMPARE(set.exitCode, 0);
        QVERIFY(parseObject(run(args({"profile", "show", "demo", "--json"})).out)
                    .value(QStringLiteral("use_org_names"))
                    .toBool());
    }

    void nonLoopbackHttpIssuerIsRefused()
    {
        const CliRun add = run(args({"profile", "add", "plain", "--issuer", "http://acme.eu.auth0.com/"}));
        QCOMPARE(add.exitCode, 2);
        QVERIFY(add.err.contains(QStringLiteral("accepted only for loopback hosts")));
        QVERIFY(!run(args({"profile", "list"})).out.contains(QStringLiteral("plain")));
        const CliRun login =
            run(args({"login", "device", "--issuer", "http://acme.eu.auth0.com/", "--client-id", "x"}));
        QCOMPARE(login.exitCode, 2);
        QVERIFY(login.err.contains(QStringLiteral("Use https://acme.eu.auth0.com/ instead")));
        const CliRun unknown = run(args({"login", "device", "--profile", "nope"}));
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("There is no profile 'nope'")));
    }

    // A device code that lives less than a minute is announced in seconds, never as "0 minutes".
    void shortDeviceCodeLifetimeIsShownInSeconds()
    {
        demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.deviceCodeLifetimeSeconds = 45;
        DemoTenantFixture shortLived(options);
        QVERIFY(shortLived.started());
        const CliRun login = run(args({"login", "device", "--issuer", shortLived.issuer().toUtf8().constData(),
                                       "--client-id", "demo-native"}),
                                 {}, [&shortLived](const QString &err) {
                                     static const QRegularExpression code(QStringLiteral("enter the code (\\S+)"));
                                     const auto match = code.match(err);
                                     if (!match.hasMatch())
                                         return false;
                                     TestBrowser browser(shortLived.tenant().issuer());
                                     browser.activate(match.captured(1), QStringLiteral("alice@example.com"),
                                                      QLatin1String(demo::DemoPassword));
                                     return true;
                                 });
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY2(login.err.contains(QStringLiteral("The code expires in 45 s.")), qPrintable(login.err));
    }

    void loginDeviceThenRefreshRotatesThenRevoke()
    {
        const CliRun login =
            run(args({"login", "device", "--profile", "demo"}), {}, approveDevice(QStringLiteral("alice@example.com")));
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY(login.err.contains(m_demo->url(QStringLiteral("activate")).toString()));
        QVERIFY(login.out.contains(QStringLiteral("\"sub\": \"auth0|alice\"")));
        QVERIFY(login.out.contains(QStringLiteral("Refresh token:  yes")));
        QVERIFY2(!login.err.contains(QStringLiteral("pre-flight predicted")), qPrintable(login.err));
        QVERIFY2(!login.out.contains(QStringLiteral("eyJ")), "tokens are printed only with --json");

        // The stored refresh token is used, rotated and replaced: a second refresh works only with the new one.
        const CliRun first = run(args({"refresh", "--profile", "demo", "--json"}));
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.err.contains(QStringLiteral("rotated")));
        const QString rotated =
            parseObject(first.out)[QStringLiteral("response")][QStringLiteral("refresh_token")].toString();
        QVERIFY(!rotated.isEmpty());
        const CliRun second = run(args({"refresh", "--profile", "demo"}));
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY(!settingsText().contains(rotated));

        const CliRun revoke = run(args({"revoke", "--profile", "demo"}));
        QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));
        const CliRun after = run(args({"refresh", "--profile", "demo"}));
        QCOMPARE(after.exitCode, 2);
        QVERIFY(after.err.contains(QStringLiteral("No refresh token is stored")));
        // The revoked token itself is refused by the tenant.
        const CliRun viaStdin =
            run(args({"refresh", "--issuer", qPrintable(issuer()), "--client-id", "demo-native", "--stdin"}), rotated);
        QCOMPARE(viaStdin.exitCode, 1);
        QVERIFY(viaStdin.err.contains(QStringLiteral("invalid_grant")));
    }

    void refreshRefusesTokensOnTheCommandLine()
    {
        const CliRun run1 = run(args({"refresh", "--profile", "demo", "some-refresh-token"}));
        QCOMPARE(run1.exitCode, 2);
        QVERIFY(run1.err.contains(QStringLiteral("never taken from the command line")));
    }

    void loginPkceNoBrowserWithOrganization()
    {
        const auto browse = [this](const QString &err) {
            static const QRegularExpression url(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/authorize\\S+)"));
            const auto match = url.match(err);
            if (!match.hasMatch())
                return false;
            const QUrl authorize(match.captured(1));
            TestBrowser browser(m_demo->tenant().issuer());
            const auto outcome = browser.authorize(QUrlQuery(authorize.query()), QStringLiteral("alice@example.com"),
                                                   QLatin1String(demo::DemoPassword));
            browser.get(outcome.last.location);
            return true;
        };
        const CliRun login =
            run(args({"login", "pkce", "--no-browser", "--profile", "demo", "--organization", "org_acme", "--json"}),
                {}, browse);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QVERIFY(login.err.contains(QStringLiteral("Open this URL in a browser")));
        QVERIFY2(!login.err.contains(QStringLiteral("pre-flight predicted")), qPrintable(login.err));
        const QJsonObject json = parseObject(login.out);
        QVERIFY(json[QStringLiteral("response")][QStringLiteral("access_token")].isString());
        QCOMPARE(json[QStringLiteral("decoded")][QStringLiteral("access_token")][QStringLiteral("payload")]
                     [QStringLiteral("org_id")]
                         .toString(),
                 QStringLiteral("org_acme"));
        QVERIFY(json[QStringLiteral("decoded")][QStringLiteral("id_token")].isObject());
    }

    void loginPkceTimesOut()
    {
        const CliRun login = run(args({"login", "pkce", "--no-browser", "--profile", "demo", "--timeout", "1"}));
        QCOMPARE(login.exitCode, 1);
        QVERIFY(login.err.contains(QStringLiteral("login_timeout")));
    }

    void clientCredentialsAdHoc()
    {
        const QStringList base{QStringLiteral("token"),
                               QStringLiteral("client-credentials"),
                               QStringLiteral("--issuer"),
                               issuer(),
                               QStringLiteral("--mgmt-client-id"),
                               QStringLiteral("demo-m2m")};
        const CliRun ok = run(base + QStringList{QStringLiteral("--json")});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        const QJsonObject payload =
            parseObject(ok.out)[QStringLiteral("decoded")][QStringLiteral("access_token")][QStringLiteral("payload")]
                .toObject();
        QCOMPARE(payload.value(QStringLiteral("gty")).toString(), QStringLiteral("client-credentials"));
        QCOMPARE(payload.value(QStringLiteral("aud")).toString(), m_demo->tenant().managementAudience().toString());

        const CliRun org = run(base + QStringList{QStringLiteral("--audience"), QLatin1String(demo::OrdersApiAudience),
                                                  QStringLiteral("--organization"), QStringLiteral("org_globex"),
                                                  QStringLiteral("--basic")});
        QVERIFY2(org.exitCode == 0, qPrintable(org.err));
        QVERIFY(org.out.contains(QStringLiteral("\"org_id\": \"org_globex\"")));

        const CliRun noSecret = run(base, {}, {}, false);
        QCOMPARE(noSecret.exitCode, 2);
        QVERIFY(noSecret.err.contains(QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET")));

        QProcessEnvironment wrong = environment();
        const CliRun rejected = [&] {
            QString in;
            CliRun result;
            QTextStream inStream(&in), outStream(&result.out), errStream(&result.err);
            wrong.insert(QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET"), QStringLiteral("not-the-secret"));
            cli::CommandIo io{inStream, outStream, errStream, wrong};
            result.exitCode = cli::runCommandLine(base, io);
            errStream.flush();
            return result;
        }();
        QCOMPARE(rejected.exitCode, 1);
        QVERIFY(rejected.err.contains(QStringLiteral("invalid_client")));
        QVERIFY(rejected.err.contains(QStringLiteral("(HTTP 401)")));
        QVERIFY(rejected.err.contains(QStringLiteral("Hint: wrong client id or client secret")));
        QVERIFY(!rejected.err.contains(QStringLiteral("not-the-secret")));
    }

    // Without a keychain a secret cannot outlive the command: profile add says so and fails, unless --memory-only.
    void profileAddWithoutKeychainFailsUnlessMemoryOnly()
    {
        QTemporaryDir home;
        const QStringList add = args({"profile", "add", "nokeychain", "--issuer", issuer().toUtf8().constData(),
                                      "--mgmt-client-id", "demo-m2m"});
        const CliRun refused = runWithoutKeychain(add, {}, home);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("was not stored: no keychain is running")),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(QStringLiteral("--memory-only")));
        const CliRun accepted = runWithoutKeychain(args({"profile", "set", "nokeychain", "--memory-only"}), {}, home);
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY(accepted.err.contains(QStringLiteral("memory only")));
    }

    // A refresh token read from standard input and rotated by the tenant is stored nowhere: it is printed (the old
    // one no longer works), and it is the one the next refresh needs.
    void rotatedRefreshTokenFromStdinIsHandedOver()
    {
        const CliRun login =
            run(args({"login", "device", "--profile", "demo", "--scope", "openid offline_access", "--json"}), {},
                approveDevice(QStringLiteral("alice@example.com")));
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const QString original =
            parseObject(login.out)[QStringLiteral("response")][QStringLiteral("refresh_token")].toString();
        QVERIFY(!original.isEmpty());
        QTemporaryDir home;
        const QStringList refresh =
            args({"refresh", "--stdin", "--issuer", issuer().toUtf8().constData(), "--client-id", "demo-native"});
        const CliRun first = runWithoutKeychain(refresh, original.toUtf8() + '\n', home);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.err.contains(QStringLiteral("the new one is not stored (it came from standard input)")),
                 qPrintable(first.err));
        static const QRegularExpression printed(QStringLiteral("New refresh token: (\\S+)"));
        const QString rotated = printed.match(first.out).captured(1);
        QVERIFY2(!rotated.isEmpty() && rotated != original, qPrintable(first.out));
        const CliRun second = runWithoutKeychain(refresh, rotated.toUtf8() + '\n', home);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const CliRun reused = runWithoutKeychain(refresh, original.toUtf8() + '\n', home);
        QCOMPARE(reused.exitCode, 1); // the tenant rotated it away
    }

    void exchangeShowsDiff()
    {
        const CliRun login = run(args({"login", "device", "--profile", "demo", "--scope", "openid profile", "--json"}),
                                 {}, approveDevice(QStringLiteral("alice@example.com")));
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const QString subject =
            parseObject(login.out)[QStringLiteral("response")][QStringLiteral("access_token")].toString();
        QVERIFY(!subject.isEmpty());

        const CliRun exchange = run(args({"exchange", "--profile", "demo", "--subject-token", "-", "--json"}), subject);
        QVERIFY2(exchange.exitCode == 0, qPrintable(exchange.err));
        QVERIFY(!exchange.err.contains(QStringLiteral("visible to other users")));
        const QJsonObject json = parseObject(exchange.out);
        QVERIFY(json[QStringLiteral("response")][QStringLiteral("access_token")].isString());
        QStringList added;
        for (const QJsonValue &entry : json[QStringLiteral("diff")][QStringLiteral("added")].toArray())
            added << entry[QStringLiteral("path")].toString();
        QVERIFY2(added.contains(QStringLiteral("/payload/org_id")), qPrintable(added.join(QLatin1Char(','))));

        const CliRun argv = run({QStringLiteral("exchange"), QStringLiteral("--profile"), QStringLiteral("demo"),
                                 QStringLiteral("--subject-token"), subject});
        QCOMPARE(argv.exitCode, 0);
        QVERIFY(argv.err.contains(QStringLiteral("visible to other users")));
        QVERIFY(argv.out.contains(QStringLiteral("Changes from the subject token:")));
        QVERIFY(argv.out.contains(QStringLiteral("/payload/org_id")));

        const CliRun wrongType = run(
            args({"exchange", "--profile", "demo", "--subject-token-type", "urn:acme:other", "--subject-token", "-"}),
            subject);
        QCOMPARE(wrongType.exitCode, 1);
    }

    void withoutKeychainSecretsStayInMemoryAndNoFileHasThem()
    {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment environment = this->environment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ORGLENS_CLI_BINARY),
                      args({"profile", "add", "headless", "--domain", "acme.eu.auth0.com", "--mgmt-client-id", "m2m",
                            "--memory-only"}));
        QVERIFY(process.waitForFinished(15000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(
            err.contains(QStringLiteral("No keychain is running: secrets are kept in memory until OrgLens quits.")),
            qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("did not answer")), qPrintable(err)); // and why
        int files = 0;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(MgmtSecret.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(file.fileName().endsWith(QLatin1String("orglens.conf")), qPrintable(file.fileName()));
            ++files;
        }
        QCOMPARE(files, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliOAuth)
#include "TestCliOAuth.moc"
