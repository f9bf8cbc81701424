// The real OS keychain through QtKeychain (gnome-keyring in a private D-Bus session when run by the test command).
#include "secrets/KeychainSecretStore.h"

#include <QTest>

using namespace orglens;

namespace {

SecretResult wait(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    QObject context;
    std::optional<SecretResult> outcome;
    start(&context, [&outcome](const SecretResult &result) { outcome = result; });
    if (outcome)
        return {SecretResult::Status::Failed, QStringLiteral("answered inside the call"), {}};
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        return {SecretResult::Status::Failed, QStringLiteral("no answer from the keychain"), {}};
    return *outcome;
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT
private slots:
    void storesReadsAndRemovesThroughTheKeychain()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run through installer/setup.sh test (dbus-run-session + gnome-keyring).");
        KeychainSecretStore store(QStringLiteral("OrgLens-keychain-test"));
        const QString key =
            QStringLiteral("profile/keychain-test/refresh-token-%1").arg(QCoreApplication::applicationPid());
        const QByteArray value = "v1.refresh-token-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());

        const SecretResult written = wait([&](QObject *c, auto done) { store.write(key, Secret(value), c, done); });
        QVERIFY2(written.ok(), qPrintable(written.error));
        QCOMPARE(store.storage(), SecretStorage::Keychain); // not the memory fallback
        QVERIFY(store.storageNotice().isEmpty());

        // A second store (another session of the app) reads what the first wrote: it is in the keychain.
        KeychainSecretStore other(QStringLiteral("OrgLens-keychain-test"));
        const SecretResult read = wait([&](QObject *c, auto done) { other.read(key, c, done); });
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.secret.bytes(), value);

        const SecretResult replaced = wait([&](QObject *c, auto done) { store.write(key, Secret("v2"), c, done); });
        QVERIFY(replaced.ok());
        QCOMPARE(wait([&](QObject *c, auto done) { other.read(key, c, done); }).secret.bytes(), QByteArray("v2"));

        QVERIFY(wait([&](QObject *c, auto done) { store.remove(key, c, done); }).ok());
        QCOMPARE(wait([&](QObject *c, auto done) { other.read(key, c, done); }).status, SecretResult::Status::NotFound);
        QCOMPARE(store.storage(), SecretStorage::Keychain);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
