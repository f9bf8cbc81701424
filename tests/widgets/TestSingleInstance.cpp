#include "SingleInstance.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using orglens::widgets::SingleInstance;

// One window per user: a real second `orglens` process hands its token to the running instance (this test) over
// the per-user local socket and exits.
class TestSingleInstance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_runtimeDir; // stands for $XDG_RUNTIME_DIR: private to the user (mode 0700)

    QString serverName() const { return m_runtimeDir.filePath(QStringLiteral("orglens")); }

    // Starts the real GUI binary as a second launch; `stdinToken` is written to its standard input ("orglens -").
    void startSecondLaunch(QProcess &process, const QStringList &arguments, const QByteArray &stdinToken = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(ORGLENS_GUI_BINARY), arguments);
        QVERIFY(process.waitForStarted());
        process.write(stdinToken);
        process.closeWriteChannel();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_runtimeDir.isValid());
        qputenv("XDG_RUNTIME_DIR", m_runtimeDir.path().toLocal8Bit());
        QCOMPARE(SingleInstance::defaultServerName(), serverName());
    }

    void secondLaunchHandsOverItsToken()
    {
        SingleInstance running(serverName());
        QVERIFY2(running.listen(), qPrintable(running.errorString()));
        QSignalSpy received(&running, &SingleInstance::tokenReceived);

        const QByteArray token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhdXRoMHwxMjMifQ.c2ln";
        QProcess second;
        startSecondLaunch(second, {QStringLiteral("-")}, token);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QCOMPARE(received.constFirst().constFirst().toString(), QString::fromLatin1(token));
        // The event loop of QTRY_* may already have seen the process finish, so wait on its state.
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
    }

    void secondLaunchWithoutTokenRaisesTheWindow()
    {
        SingleInstance running(serverName());
        QVERIFY(running.listen());
        QSignalSpy received(&running, &SingleInstance::tokenReceived);

        QProcess second;
        startSecondLaunch(second, {});
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QVERIFY(received.constFirst().constFirst().toString().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 10000);
        QCOMPARE(second.exitCode(), 0);
    }

    void nobodyListeningMeansNoHandOff()
    {
        SingleInstance alone(serverName());
        QVERIFY(!alone.handOff(QStringLiteral("token"), 500));
    }

    void staleSocketFromACrashIsReplaced()
    {
        // A crashed instance leaves its socket file behind; nobody answers on it.
        QFile stale(serverName());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance next(serverName());
        QVERIFY(!next.handOff(QString(), 500));
        QVERIFY2(next.listen(), qPrintable(next.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"
