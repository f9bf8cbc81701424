// After a session of logins, a refresh, a token exchange, client credentials and admin edits through orglens-cli
// against the demo tenant, no token, refresh token, device code or client secret is in a settings file, the audit
// log, any other file OrgLens wrote, the log output, or the CLI's output (except the token response a --json login
// was asked to print). Secret buffers are wiped when released, and the binaries refuse to dump core.
#include "CliRunner.h"
#include "DemoTenantFixture.h"

#include "management/AuditLog.h"
#include "secrets/Secret.h"

#include <QDirIterator>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <cstdlib>

using namespace orglens;
using orglens::test::CliRun;
using orglens::test::DemoTenantFixture;
using orglens::test::TestBrowser;

namespace {

const auto MgmtSecret = QStringLiteral("demo-m2m-secret");
const auto ExchangeSecret = QStringLiteral("demo-exchange-secret");

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestSecretHygiene : public QObject {
    Q_OBJECT

    std::unique_ptr<DemoTenantFixture> m_demo;
    QSet<QString> m_secrets{MgmtSecret, ExchangeSecret}; // every secret the tenant handed out, and the client secrets
    QStringList m_outputs;                               // CLI output that must hold no secret

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("ORGLENS_MGMT_CLIENT_SECRET"), MgmtSecret);
        environment.insert(QStringLiteral("ORGLENS_EXCHANGE_CLIENT_SECRET"), ExchangeSecret);
        return environment;
    }

    // Runs a command in-process; approves a device login shown on stderr as `approver`. The output is checked at
    // the end, except stdout of a command that asked for its token response with --json.
    CliRun run(const QStringList &arguments, const QString &input = {}, const QString &approver = {})
    {
        QString in = input;
        CliRun result;
        QTextStream inStream(&in), outStream(&result.out), errStream(&result.err);
        cli::CommandIo io{inStream, outStream, errStream, environment()};
        QTimer browser;
        if (!approver.isEmpty()) {
            browser.setInterval(20);
            connect(&browser, &QTimer::timeout, this, [&] {
                errStream.flush();
                static const QRegularExpression code(QStringLiteral("enter the code (\\S+)"));
                const auto match = code.match(result.err);
                if (!match.hasMatch())
                    return;
                browser.stop();
                TestBrowser(m_demo->tenant().issuer())
                    .activate(match.captured(1), approver, QLatin1String(demo::DemoPassword));
            });
            browser.start();
        }
        result.exitCode = cli::runCommandLine(arguments, io);
        outStream.flush();
        errStream.flush();
        m_outputs << result.err;
        if (!arguments.contains(QStringLiteral("--json")))
            m_outputs << result.out;
        return result;
    }

    QStringList args(std::initializer_list<const char *> list) const
    {
        QStringList result;
        for (const char *each : list)
            result << QString::fromUtf8(each);
        return result;
    }

    QString leakIn(const QString &text) const
    {
        for (const QString &secret : m_secrets) {
            if (!secret.isEmpty() && text.contains(secret))
                return secret.left(12) + QStringLiteral("...");
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OrgLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("orglens-secret-hygiene"));
        QFile::remove(QSettings().fileName());
        QFile::remove(management::AuditLog::defaultPath());
        previousHandler = qInstallMessageHandler(captureMessage);
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        // Every token-bearing answer of the tenant, to know what to look for.
        m_demo->tenant().setResponseObserver([this](const QHttpServerResponse &response) {
            const QJsonObject body = QJsonDocument::fromJson(response.data()).object();
            for (const char *key : {"access_token", "id_token", "refresh_token", "device_code"}) {
                const QString value = body.value(QLatin1String(key)).toString();
                if (!value.isEmpty())
                    m_secrets.insert(value);
            }
        });
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        run(args({"profile", "remove", "hygiene"}));
        QFile::remove(QSettings().fileName());
        QFile::remove(management::AuditLog::defaultPath());
    }

    void sessionLeavesNoSecretBehind()
    {
        const CliRun add = run(
            {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("hygiene"), QStringLiteral("--issuer"),
             m_demo->issuer(), QStringLiteral("--client-id"), QStringLiteral("demo-native"),
             QStringLiteral("--audience"), QLatin1String(demo::OrdersApiAudience), QStringLiteral("--scope"),
             QStringLiteral("openid profile offline_access"), QStringLiteral("--mgmt-client-id"),
             QStringLiteral("demo-m2m"), QStringLiteral("--exchange-client-id"), QStringLiteral("demo-exchange"),
             QStringLiteral("--subject-token-type"), QStringLiteral("urn:orglens:device-access-token"),
             QStringLiteral("--namespace"), QStringLiteral("https://orglens.example/")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));

        const CliRun login =
            run(args({"login", "device", "--profile", "hygiene"}), {}, QStringLiteral("alice@example.com"));
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        const CliRun refresh = run(args({"refresh", "--profile", "hygiene"}));
        QVERIFY2(refresh.exitCode == 0, qPrintable(refresh.err));

        const CliRun subject =
            run(args({"login", "device", "--profile", "hygiene", "--scope", "openid profile", "--json"}), {},
                QStringLiteral("alice@example.com"));
        QVERIFY2(subject.exitCode == 0, qPrintable(subject.err));
        const QString subjectToken = QJsonDocument::fromJson(subject.out.toUtf8())
                                         .object()[QStringLiteral("response")][QStringLiteral("access_token")]
                                         .toString();
        QVERIFY(m_secrets.contains(subjectToken)); // the harvest works
        const CliRun exchange = run(args({"exchange", "--profile", "hygiene", "--subject-token", "-"}), subjectToken);
        QVERIFY2(exchange.exitCode == 0, qPrintable(exchange.err));
        const CliRun m2m = run(args({"token", "client-credentials", "--profile", "hygiene"}));
        QVERIFY2(m2m.exitCode == 0, qPrintable(m2m.err));

        const CliRun edit = run(args({"users", "set-default-org", "auth0|bob", "acme", "--profile", "hygiene"}));
        QVERIFY2(edit.exitCode == 0, qPrintable(edit.err));
        const CliRun clear = run(args({"users", "set-default-org", "auth0|bob", "--clear", "--profile", "hygiene"}));
        QVERIFY2(clear.exitCode == 0, qPrintable(clear.err));
        const CliRun audit = run(args({"audit", "list"}));
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        const CliRun revoke = run(args({"revoke", "--profile", "hygiene"}));
        QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));

        // Access, ID and refresh tokens of several grants, and a device code, were handed out.
        QVERIFY2(m_secrets.size() >= 10, qPrintable(QString::number(m_secrets.size())));

        // The files OrgLens wrote: settings, audit log, anything else in its test-mode folders.
        const QString settingsFile = QSettings().fileName();
        const QString auditFile = management::AuditLog::defaultPath();
        QStringList files{settingsFile, auditFile};
        for (const auto location : {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
                                    QStandardPaths::GenericCacheLocation, QStandardPaths::AppDataLocation}) {
            QDirIterator it(QStandardPaths::writableLocation(location), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        }
        files.removeDuplicates();
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString content = QString::fromUtf8(file.readAll());
            if (path == settingsFile)
                QVERIFY(content.contains(QStringLiteral("demo-native")));
            if (path == auditFile)
                QVERIFY(content.contains(QStringLiteral("auth0|bob")));
            const QString leaked = leakIn(content);
            QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("%1 holds %2").arg(path, leaked)));
        }
        QVERIFY(QFile::exists(settingsFile));
        QVERIFY(QFile::exists(auditFile));

        for (const QString &output : std::as_const(m_outputs)) {
            const QString leaked = leakIn(output);
            QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("CLI output holds %1:\n%2").arg(leaked, output)));
        }
        const QString log = capturedLog.join(QLatin1Char('\n'));
        const QString leaked = leakIn(log);
        QVERIFY2(leaked.isEmpty(), qPrintable(QStringLiteral("the log holds %1").arg(leaked)));
    }

    // glibc keeps a freed 4 KB block's contents apart from its first bytes, so a buffer that was not wiped still
    // holds the secret after release. (Skipped under AddressSanitizer, which rightly refuses reads of freed memory.)
    void secretBuffersAreWipedOnRelease()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("reads freed memory");
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
        QSKIP("reads freed memory");
#endif
#endif
        const QByteArray pattern(4096, 'S');
        const char *buffer = nullptr;
        {
            const Secret secret(pattern);
            buffer = secret.bytes().constData();
            QVERIFY(buffer != pattern.constData()); // the secret owns its copy
            QCOMPARE(QByteArray(buffer + 64, 64), QByteArray(64, 'S'));
        }
        const volatile char *freed = buffer;
        int remaining = 0;
        for (int i = 64; i < 4000; ++i)
            remaining += freed[i] == 'S' ? 1 : 0;
        QCOMPARE(remaining, 0);
    }

    // A copy handed out with bytes() shares the buffer; the last Secret leaves it alone for that copy's owner.
    void sharedBytesSurviveTheSecret()
    {
        QByteArray copy;
        {
            const Secret secret(QByteArray(64, 'k'));
            copy = secret.bytes();
        }
        QCOMPARE(copy, QByteArray(64, 'k'));
    }

    // A crashing orglens-cli leaves no core file holding tokens.
    void cliRefusesToDumpCore()
    {
        QProcess process;
        process.start(QStringLiteral(ORGLENS_CLI_BINARY), args({"demo-tenant", "--port", "0"}));
        QVERIFY(process.waitForReadyRead(10000)); // serving: its first line, the issuer, is out
        QFile limits(QStringLiteral("/proc/%1/limits").arg(process.processId()));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        const QString text = QString::fromLatin1(limits.readAll());
        process.kill();
        process.waitForFinished();
        static const QRegularExpression core(QStringLiteral("Max core file size\\s+(\\S+)\\s+(\\S+)"));
        const auto match = core.match(text);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1), QStringLiteral("0"));
        QCOMPARE(match.captured(2), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "TestSecretHygiene.moc"
