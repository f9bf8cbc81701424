#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace orglens {

class OperationTracker;

// One long operation the user is waiting for (a login, a search, a key fetch): what it is doing, whether it can be
// cancelled, and where it belongs (its owner, usually a view). Created by OperationTracker::start().
//
// Ending it: finish() when the work is done (the object is deleted later), or cancel() by the user. cancel() emits
// cancelled(), runs the cancel callback given to start(), then deletes the operation at once: clients that take a
// `context` object for their callbacks (ManagementClient, OAuthClient::get/postForm, SecretStore) abort their
// requests and drop their callbacks when the context is destroyed, so an operation used as the context of its
// requests needs no cancel callback of its own.
class PendingOperation : public QObject {
    Q_OBJECT

public:
    ~PendingOperation() override;

    QString label() const { return m_label; }
    // What is being done now ("Fetching the signing keys…"); shown by the activity indicators.
    void setLabel(const QString &label);
    QObject *owner() const { return m_owner; }
    // A change being written cannot be taken back by aborting its request: such steps set this to false.
    bool isCancellable() const { return m_cancellable; }
    void setCancellable(bool cancellable);
    qint64 elapsedMs() const { return m_elapsed.elapsed(); }

public slots:
    // Does nothing when not cancellable. Do not use the object after calling this.
    void cancel();
    // The work is over (with any outcome but cancellation).
    void finish();

signals:
    void changed();
    // Emitted by cancel() before the cancel callback runs and before the operation is deleted.
    void cancelled();

private:
    friend class OperationTracker;
    PendingOperation(OperationTracker *tracker, QObject *owner, const QString &label, std::function<void()> onCancel);

    QPointer<OperationTracker> m_tracker;
    QPointer<QObject> m_owner;
    QString m_label;
    std::function<void()> m_onCancel;
    QElapsedTimer m_elapsed;
    bool m_cancellable = true;
    bool m_ended = false;
};

// The long operations running in the application, for busy indicators (in the view the user is looking at and in
// the status bar) that show what is happening and offer Cancel. Views register what they start; the tracker never
// starts or stops work by itself.
class OperationTracker : public QObject {
    Q_OBJECT

public:
    explicit OperationTracker(QObject *parent = nullptr);
    ~OperationTracker() override;

    // Registers a running operation owned by `owner` (its view; the operation ends when the owner is destroyed).
    // `onCancel` runs when the user cancels; it should abort what is in flight and put the owner's UI back.
    PendingOperation *start(QObject *owner, const QString &label, std::function<void()> onCancel = {});
    // Running operations, oldest first; with an owner only that owner's.
    QList<PendingOperation *> operations(const QObject *owner = nullptr) const;
    bool isBusy(const QObject *owner = nullptr) const { return !operations(owner).isEmpty(); }
    // Cancels every cancellable operation (of `owner`, or all); returns how many were cancelled.
    int cancelAll(const QObject *owner = nullptr);

signals:
    // An operation started, ended, or changed its label or cancellability.
    void operationsChanged();

private:
    friend class PendingOperation;
    void remove(PendingOperation *operation);

    QList<PendingOperation *> m_operations;
};

// The running operation of one kind a view starts (its search, its save): start() ends the previous one of the
// slot first; finish() ends it. Callbacks compare their operation with current() to ignore a superseded one.
class OperationSlot {
public:
    PendingOperation *start(OperationTracker &tracker, QObject *owner, const QString &label,
                            std::function<void()> onCancel = {});
    void finish();
    PendingOperation *current() const { return m_operation; }
    bool isRunning() const { return !m_operation.isNull(); }
    PendingOperation *operator->() const { return m_operation; }

private:
    QPointer<PendingOperation> m_operation;
};

} // namespace orglens
