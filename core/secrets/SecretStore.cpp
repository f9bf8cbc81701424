#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

namespace orglens {

MemorySecretStore::MemorySecretStore(QString notice, QObject *parent)
    : SecretStore(parent),
      m_notice(notice.isEmpty() ? QCoreApplication::translate("orglens::SecretStore",
                                                              "Secrets are kept in memory for this session only.")
                                : std::move(notice))
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
    return {SecretResult::Status::Ok, {}, {}};
}

SecretResult MemorySecretStore::removeNow(const QString &key)
{
    return {m_secrets.remove(key) ? SecretResult::Status::Ok : SecretResult::Status::NotFound, {}, {}};
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
