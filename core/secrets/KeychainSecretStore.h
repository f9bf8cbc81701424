#pragma once

#include "secrets/SecretStore.h"

#include <QQueue>

namespace QKeychain {
class Job;
}

namespace orglens {

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). Jobs run one at a time; the next one is posted to the event loop, never started from
// another job's finished handler. insecureFallback is off: when no keychain backend answers, the store switches
// to memory for the rest of the session and says so through storageNotice()/storageChanged() — never to a file.
// A successful write or removal is announced by secretChanged().
class KeychainSecretStore : public SecretStore {
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("OrgLens"), QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const Secret &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    SecretStorage storage() const override;
    QString storageDetail() const override;

private:
    enum class Kind { Read, Write, Remove };
    struct Operation {
        Kind kind;
        QString key;
        Secret value;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };

    void enqueue(Operation operation);
    void scheduleNext();
    void startNext();
    void jobFinished(QKeychain::Job *job);
    void runInMemory(Operation operation);
    void finish(Operation operation, SecretResult result);

    QString m_service;
    QQueue<Operation> m_queue;
    bool m_busy = false;
    bool m_scheduled = false;
    std::unique_ptr<MemorySecretStore> m_fallback; // set once the keychain proved unreachable
};

} // namespace orglens
