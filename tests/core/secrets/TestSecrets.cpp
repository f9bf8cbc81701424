#include "EventLoop.h"
#include "secrets/KeychainSecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;

namespace {

SecretResult wait(SecretStore &store, const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    QObject context;
    std::optional<SecretResult> outcome;
    bool calledInline = true;
    start(&context, [&](const SecretResult &result) { outcome = result; });
    calledInline = outcome.has_value();
    if (calledInline)
        qWarning("the store answered inside the call");
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
        return {SecretResult::Status::Failed, QStringLiteral("no answer"), {}};
    Q_UNUSED(store);
    return calledInline ? SecretResult{SecretResult::Status::Failed, QStringLiteral("answered inline"), {}} : *outcome;
}

} // namespace

class TestSecrets : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // No session bus and no display: QtKeychain has no backend, as on a headless server.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void secretIsRedactedInDebugOutput()
    {
        const Secret secret = Secret::fromString(QStringLiteral("hunter2"));
        QString text;
        QDebug(&text) << secret;
        QCOMPARE(text.trimmed(), QStringLiteral("<redacted>"));
        QVERIFY(!text.contains(QStringLiteral("hunter2")));
        QCOMPARE(secret.toString(), QStringLiteral("hunter2"));
    }

    void secretCopiesShareAndOutliveOriginal()
    {
        QByteArray source("refresh-token-value");
        Secret copy;
        {
            const Secret original(source);
            copy = original;
        }
        QCOMPARE(copy.bytes(), QByteArray("refresh-token-value"));
        // The caller's own buffer is never wiped by the Secret.
        QCOMPARE(source, QByteArray("refresh-token-value"));
    }

    void memoryStoreAnswersAsynchronously()
    {
        MemorySecretStore store;
        QCOMPARE(store.storage(), SecretStorage::SessionOnly);
        QVERIFY(!store.storageNotice().isEmpty());
        const auto key = QStringLiteral("profile/demo/refresh-token");
        QCOMPARE(wait(store, [&](QObject *c, auto done) { store.read(key, c, done); }).status,
                 SecretResult::Status::NotFound);
        QVERIFY(wait(store, [&](QObject *c, auto done) { store.write(key, Secret("v1"), c, done); }).ok());
        const SecretResult read = wait(store, [&](QObject *c, auto done) { store.read(key, c, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.secret.bytes(), QByteArray("v1"));
        QVERIFY(wait(store, [&](QObject *c, auto done) { store.remove(key, c, done); }).ok());
        QCOMPARE(wait(store, [&](QObject *c, auto done) { store.read(key, c, done); }).status,
                 SecretResult::Status::NotFound);
    }

    void destroyedContextGetsNoCallback()
    {
        MemorySecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.write(QStringLiteral("k"), Secret("v"), context, [&called](const SecretResult &) { called = true; });
        delete context;
        test::runQueuedEvents();
        QVERIFY(!called);
    }

    void keychainWithoutBackendFallsBackToMemoryVisiblyAndWritesNoFile()
    {
        QTemporaryDir home;
        qputenv("HOME", home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
        KeychainSecretStore store(QStringLiteral("OrgLens-test"));
        QSignalSpy changed(&store, &SecretStore::storageChanged);
        QSignalSpy written(&store, &SecretStore::secretChanged);
        QCOMPARE(store.storage(), SecretStorage::Keychain);
        const auto key = QStringLiteral("profile/nokeychain/refresh-token");
        QVERIFY(wait(store, [&](QObject *c, auto done) { store.write(key, Secret("no-file-please"), c, done); }).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(written.size(), 1); // the secret kept in memory is announced like one in the keychain
        QCOMPARE(written.first().first().toString(), key);
        QCOMPARE(store.storage(), SecretStorage::SessionOnly);
        QCOMPARE(store.storageNotice(),
                 QStringLiteral("No keychain is running: secrets are kept in memory until OrgLens quits."));
        QVERIFY2(store.storageDetail().contains(QStringLiteral("did not answer")), qPrintable(store.storageDetail()));
        const SecretResult read = wait(store, [&](QObject *c, auto done) { store.read(key, c, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.secret.bytes(), QByteArray("no-file-please"));
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), "the fallback must not write any file");
    }

    void keychainJobsRunInOrder()
    {
        KeychainSecretStore store(QStringLiteral("OrgLens-test"));
        QObject context;
        QStringList order;
        for (int i = 0; i < 5; ++i)
            store.write(QStringLiteral("k%1").arg(i), Secret(QByteArray::number(i)), &context,
                        [&order, i](const SecretResult &) { order << QString::number(i); });
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 5; }, 10000));
        QCOMPARE(order.join(QLatin1Char(',')), QStringLiteral("0,1,2,3,4"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "TestSecrets.moc"
