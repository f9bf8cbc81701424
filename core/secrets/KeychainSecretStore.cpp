#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace orglens {

namespace {

// Errors that mean "there is no keychain to talk to" rather than "this entry failed".
bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent), m_service(std::move(service))
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

SecretStorage KeychainSecretStore::storage() const
{
    return m_fallback ? SecretStorage::SessionOnly : SecretStorage::Keychain;
}

QString KeychainSecretStore::storageDetail() const
{
    return m_fallback ? m_fallback->storageDetail() : QString();
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    enqueue({Kind::Read, key, {}, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::write(const QString &key, const Secret &value, QObject *context, Callback done)
{
    enqueue({Kind::Write, key, value, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    enqueue({Kind::Remove, key, {}, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::enqueue(Operation operation)
{
    m_queue.enqueue(std::move(operation));
    scheduleNext();
}

void KeychainSecretStore::scheduleNext()
{
    if (m_busy || m_scheduled || m_queue.isEmpty())
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, &KeychainSecretStore::startNext);
}

void KeychainSecretStore::startNext()
{
    m_scheduled = false;
    if (m_busy || m_queue.isEmpty())
        return;
    if (m_fallback) {
        runInMemory(m_queue.dequeue());
        scheduleNext();
        return;
    }
    const Operation &operation = m_queue.head();
    QKeychain::Job *job = nullptr;
    switch (operation.kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Kind::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setBinaryData(operation.value.bytes());
        job = writeJob;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(operation.key);
    m_busy = true;
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::jobFinished);
    job->start();
}

void KeychainSecretStore::jobFinished(QKeychain::Job *job)
{
    job->deleteLater();
    Operation operation = m_queue.dequeue();
    m_busy = false;
    const QKeychain::Error error = job->error();
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound && meansNoKeychain(error)) {
        m_fallback = std::make_unique<MemorySecretStore>(
            tr("The system keychain (QtKeychain, service '%1') did not answer: %2").arg(m_service, job->errorString()));
        emit storageChanged();
        runInMemory(std::move(operation));
    } else {
        SecretResult result;
        if (error == QKeychain::NoError) {
            result.status = SecretResult::Status::Ok;
            if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                result.secret = Secret(readJob->binaryData());
        } else if (error == QKeychain::EntryNotFound) {
            result.status = SecretResult::Status::NotFound;
        } else {
            result.status = SecretResult::Status::Failed;
            result.error = tr("The keychain refused the operation on '%1': %2").arg(operation.key, job->errorString());
        }
        finish(std::move(operation), std::move(result));
    }
    // Never start the next job from this finished handler: post it.
    scheduleNext();
}

void KeychainSecretStore::runInMemory(Operation operation)
{
    SecretResult result;
    switch (operation.kind) {
    case Kind::Read:
        result = m_fallback->readNow(operation.key);
        break;
    case Kind::Write:
        result = m_fallback->writeNow(operation.key, operation.value);
        break;
    case Kind::Remove:
        result = m_fallback->removeNow(operation.key);
        break;
    }
    finish(std::move(operation), std::move(result));
}

void KeychainSecretStore::finish(Operation operation, SecretResult result)
{
    if (operation.kind != Kind::Read && result.ok())
        emit secretChanged(operation.key);
    if (!operation.done)
        return;
    // A caller whose context is gone no longer wants the answer.
    if (operation.hasContext && !operation.context)
        return;
    QTimer::singleShot(0, operation.hasContext ? operation.context.data() : static_cast<QObject *>(this),
                       [done = std::move(operation.done), result = std::move(result)] { done(result); });
}

} // namespace orglens
