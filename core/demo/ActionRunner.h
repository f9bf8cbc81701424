#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

// Runs Auth0 Action code on Node, as Auth0 does: a Node process running OrgLens' harness (actions/action-runner.js)
// executes each request in a fresh context with a time limit, captures `console` as the execution's logs and
// records every `api` call for the tenant to apply. Requests are answered asynchronously, in order.

namespace orglens::demo {

struct ActionExecution {
    QString code;
    QString handler;         // "onExecutePostLogin" or "onExecuteCustomTokenExchange"
    QJsonObject event;       // Auth0's event object for the trigger
    QJsonArray dependencies; // [{name, version}] as the Actions API stores them
    int timeoutMs = 20000;   // Auth0's execution limit
};

struct ActionOutcome {
    bool ran = false;  // false when Node is missing or stopped before answering
    bool ok = false;   // the handler returned without throwing or timing out
    QJsonArray calls;  // [["accessToken.setCustomClaim", name, value], ...] in call order
    QStringList logs;  // what the Action wrote with console.*
    QString errorName; // "Error", "TypeError", "TimeoutError", ...
    QString errorMessage;
    int durationMs = 0;

    // The calls named `method` ("access.deny"), each as its argument list.
    QList<QJsonArray> callsTo(const QString &method) const;
};

class ActionRunner : public QObject {
    Q_OBJECT
public:
    // `modulesDirectory`: a node_modules folder holding the packages Actions may declare (e.g. jose); may be empty.
    // `modulesDirectory`: the node_modules folder the Actions' dependencies come from (empty: the default).
    explicit ActionRunner(const QString &modulesDirectory = {}, QObject *parent = nullptr);
    // $ORGLENS_ACTION_MODULES, else the copy installed with OrgLens, else the build tree's; empty when none has jose.
    static QString defaultModulesDirectory();
    ~ActionRunner() override;

    // The Node program, or empty when it is not installed.
    static QString nodeProgram();
    bool available() const { return !nodeProgram().isEmpty(); }
    // Why Actions cannot run here (empty when they can), in words for the tenant's start-up event and the views.
    static QString unavailableReason();

    // How a login or exchange that an Action made fail describes it: "The Action 'NAME' failed: MESSAGE".
    static QString failureText(const QString &actionName, const ActionOutcome &outcome);

    // Runs `execution`; `done` is called once, on this thread, unless `context` is destroyed first.
    void run(const ActionExecution &execution, QObject *context, std::function<void(const ActionOutcome &)> done);
    // Executions sent to Node and not answered yet.
    int pending() const { return int(m_pending.size()); }

private:
    struct Pending {
        qint64 id = 0;
        QByteArray request; // one JSON line, kept to send again after Node was restarted
        int timeoutMs = 0;
        QPointer<QObject> context;
        std::function<void(const ActionOutcome &)> done;
    };

    bool startNode();
    void send(const Pending &pending);
    void readAnswers();
    void armWatchdog();
    void watchdogExpired();
    void nodeStopped();
    void finishFront(const ActionOutcome &outcome);

    QString m_modulesDirectory;
    QProcess *m_node = nullptr;
    qint64 m_nextId = 1;
    QList<Pending> m_pending; // in the order Node answers them
    QTimer m_watchdog;        // Node's own limit cannot stop a handler that blocks its event loop
};

} // namespace orglens::demo
