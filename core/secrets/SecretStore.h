#pragma once

#include "secrets/Secret.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace orglens {

// The outcome of one secret store operation.
struct SecretResult {
    enum class Status { Ok, NotFound, Failed };
    Status status = Status::Failed;
    QString error; // for Failed: what went wrong, from the keychain
    Secret secret; // for a successful read

    bool ok() const { return status == Status::Ok; }
};

// Where secrets end up: the OS keychain, or only this process's memory (no keychain reachable). Never a file.
enum class SecretStorage { Keychain, SessionOnly };

// Asynchronous storage for client secrets and refresh tokens. Every operation completes later from the event loop,
// never inside the call, by calling `done` — unless `context` was destroyed meanwhile. Operations run in order.
class SecretStore : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const Secret &value, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    virtual SecretStorage storage() const = 0;
    // One plain sentence for the GUI and the CLI while secrets are kept in memory only (noKeychainNotice()); empty
    // while the keychain is in use.
    QString storageNotice() const;
    // The technical reason behind the notice (the keychain's own error), for a "Details" disclosure; may be empty.
    virtual QString storageDetail() const = 0;
    static QString noKeychainNotice();

signals:
    // storage() changed, e.g. the keychain turned out to be unreachable.
    void storageChanged();
    // A secret was written or removed (not on a failed operation): whoever read it may read it again.
    void secretChanged(const QString &key);
};

// Kept in this process only: for tests and as the fallback when no keychain is available.
class MemorySecretStore : public SecretStore {
    Q_OBJECT

public:
    // `detail`: why no keychain is used (see storageDetail()).
    explicit MemorySecretStore(QString detail = {}, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const Secret &value, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    SecretStorage storage() const override { return SecretStorage::SessionOnly; }
    QString storageDetail() const override { return m_detail; }

    // Synchronous access for the keychain adapter's fallback and for tests (these emit secretChanged() too).
    SecretResult readNow(const QString &key) const;
    SecretResult writeNow(const QString &key, const Secret &value);
    SecretResult removeNow(const QString &key);

private:
    void complete(QObject *context, Callback done, SecretResult result);

    QString m_detail;
    QHash<QString, Secret> m_secrets;
};

} // namespace orglens
