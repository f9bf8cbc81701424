#include "OperationTracker.h"

namespace orglens {

PendingOperation::PendingOperation(OperationTracker *tracker, QObject *owner, const QString &label,
                                   std::function<void()> onCancel)
    : QObject(tracker), m_tracker(tracker), m_owner(owner), m_label(label), m_onCancel(std::move(onCancel))
{
    m_elapsed.start();
}

PendingOperation::~PendingOperation()
{
    if (m_tracker)
        m_tracker->remove(this);
}

void PendingOperation::setLabel(const QString &label)
{
    if (label == m_label)
        return;
    m_label = label;
    emit changed();
    if (m_tracker && !m_ended)
        emit m_tracker->operationsChanged();
}

void PendingOperation::setCancellable(bool cancellable)
{
    if (cancellable == m_cancellable)
        return;
    m_cancellable = cancellable;
    emit changed();
    if (m_tracker && !m_ended)
        emit m_tracker->operationsChanged();
}

void PendingOperation::cancel()
{
    if (m_ended || !m_cancellable)
        return;
    m_ended = true;
    if (m_tracker)
        m_tracker->remove(this);
    emit cancelled();
    if (m_onCancel)
        std::exchange(m_onCancel, {})();
    // Synchronously: requests that use this object as their context are aborted now, not at the next event loop.
    delete this;
}

void PendingOperation::finish()
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_tracker)
        m_tracker->remove(this);
    // Later: finish() is often called from a callback whose context is this object.
    deleteLater();
}

OperationTracker::OperationTracker(QObject *parent) : QObject(parent) {}

OperationTracker::~OperationTracker()
{
    for (PendingOperation *operation : std::as_const(m_operations))
        operation->m_tracker = nullptr;
}

PendingOperation *OperationTracker::start(QObject *owner, const QString &label, std::function<void()> onCancel)
{
    auto *operation = new PendingOperation(this, owner, label, std::move(onCancel));
    if (owner) {
        // A view closed or rebuilt mid-operation: its callbacks must not run any more, so the operation ends quietly.
        connect(owner, &QObject::destroyed, operation, [operation] {
            operation->m_onCancel = {};
            operation->finish();
        });
    }
    m_operations.append(operation);
    emit operationsChanged();
    return operation;
}

QList<PendingOperation *> OperationTracker::operations(const QObject *owner) const
{
    if (!owner)
        return m_operations;
    QList<PendingOperation *> owned;
    for (PendingOperation *operation : m_operations) {
        if (operation->owner() == owner)
            owned.append(operation);
    }
    return owned;
}

int OperationTracker::cancelAll(const QObject *owner)
{
    int cancelled = 0;
    // cancel() deletes each operation and may start others (a view retrying): work on guarded copies.
    QList<QPointer<PendingOperation>> running;
    for (PendingOperation *operation : operations(owner))
        running.append(operation);
    for (const QPointer<PendingOperation> &operation : std::as_const(running)) {
        if (operation && operation->isCancellable()) {
            operation->cancel();
            ++cancelled;
        }
    }
    return cancelled;
}

void OperationTracker::remove(PendingOperation *operation)
{
    if (m_operations.removeOne(operation))
        emit operationsChanged();
}

PendingOperation *OperationSlot::start(OperationTracker &tracker, QObject *owner, const QString &label,
                                       std::function<void()> onCancel)
{
    finish();
    m_operation = tracker.start(owner, label, std::move(onCancel));
    return m_operation;
}

void OperationSlot::finish()
{
    if (m_operation)
        std::exchange(m_operation, nullptr)->finish();
}

} // namespace orglens
