#include "secrets/SecretStore.h"

#include <QTimer>

namespace orglens {

QString SecretStore::noKeychainNotice()
{
    return tr("No keychain is running: secrets are kept in memory until OrgLens quits.");
}

QString SecretStore::storageNotice() const
{
    return storage() == SecretStorage::SessionOnly ? noKeychainNotice() : QString();
}

MemorySecretStore::MemorySecretStore(QString detail, QObject *parent) : SecretStore(parent), m_detail(std::move(detail))
{
}

SecretResult MemorySecretStore::readNow(const QString &key) const
{
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd())
        return {SecretResult::Status::NotFound, {}, {}};
    return {SecretResult::Status::Ok, {}, found.value()};
}

SecretResult MemorySecretStore::writeNow(const QString &key, const Secret &value)
{
    m_secrets.insert(key, value);
    emit secretChanged(key);
    return {SecretResult::Status::Ok, {}, {}};
}

SecretResult MemorySecretStore::removeNow(const QString &key)
{
    if (!m_secrets.remove(key))
        return {SecretResult::Status::NotFound, {}, {}};
    emit secretChanged(key);
    return {SecretResult::Status::Ok, {}, {}};
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    complete(context, std::move(done), readNow(key));
}

void MemorySecretStore::write(const QString &key, const Secret &value, QObject *context, Callback done)
{
    complete(context, std::move(done), writeNow(key, value));
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    complete(context, std::move(done), removeNow(key));
}

void MemorySecretStore::complete(QObject *context, Callback done, SecretResult result)
{
    // Same contract as the keychain: results arrive from the event loop, never inside the call.
    QTimer::singleShot(0, context ? context : this, [done = std::move(done), result = std::move(result)] {
        if (done)
            done(result);
    });
}

} // namespace orglens
