#include "ActionRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

#include <optional>
#include <utility>

namespace orglens::demo {

namespace {

// Time Node gets beyond an execution's own limit before it is considered stuck and restarted.
constexpr int WatchdogGraceMs = 3000;

QString harnessSource()
{
    QFile file(QStringLiteral(":/orglens/demo/action-runner.js"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

ActionOutcome failedOutcome(const QString &name, const QString &message)
{
    ActionOutcome outcome;
    outcome.errorName = name;
    outcome.errorMessage = message;
    return outcome;
}

ActionOutcome outcomeFromAnswer(const QJsonObject &answer)
{
    ActionOutcome outcome;
    outcome.ran = true;
    outcome.ok = answer.value(QLatin1String("ok")).toBool();
    outcome.calls = answer.value(QLatin1String("calls")).toArray();
    for (const QJsonValue &line : answer.value(QLatin1String("logs")).toArray())
        outcome.logs.append(line.toString());
    const QJsonObject error = answer.value(QLatin1String("error")).toObject();
    outcome.errorName = error.value(QLatin1String("name")).toString();
    outcome.errorMessage = error.value(QLatin1String("message")).toString();
    outcome.durationMs = answer.value(QLatin1String("durationMs")).toInt();
    return outcome;
}

} // namespace

QList<QJsonArray> ActionOutcome::callsTo(const QString &method) const
{
    QList<QJsonArray> found;
    for (const QJsonValue &call : calls) {
        QJsonArray arguments = call.toArray();
        if (arguments.isEmpty() || arguments.first().toString() != method)
            continue;
        arguments.removeFirst();
        found.append(arguments);
    }
    return found;
}

ActionRunner::ActionRunner(const QString &modulesDirectory, QObject *parent)
    : QObject(parent), m_modulesDirectory(modulesDirectory.isEmpty() ? defaultModulesDirectory() : modulesDirectory)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &ActionRunner::watchdogExpired);
}

ActionRunner::~ActionRunner()
{
    if (m_node) {
        m_node->disconnect(this);
        m_node->kill();
        m_node->waitForFinished(1000);
    }
}

QString ActionRunner::defaultModulesDirectory()
{
    const QString chosen = qEnvironmentVariable("ORGLENS_ACTION_MODULES");
    if (!chosen.isEmpty())
        return chosen;
    // Installed next to the binaries (…/bin/orglens → …/share/orglens/node_modules), else the build tree's copy.
    const QDir installed(QCoreApplication::applicationDirPath() + QStringLiteral("/../") +
                         QStringLiteral(ORGLENS_INSTALLED_NODE_MODULES));
    for (const QString &candidate : {installed.absolutePath(), QStringLiteral(ORGLENS_BUILD_NODE_MODULES)}) {
        if (!candidate.isEmpty() && QFileInfo::exists(candidate + QStringLiteral("/jose/package.json")))
            return candidate;
    }
    return {};
}

QString ActionRunner::nodeProgram()
{
    // Asked on every login and token request: search PATH again only when PATH changed.
    thread_local std::optional<QString> searchedPath;
    thread_local QString program;
    const QString path = qEnvironmentVariable("PATH");
    if (searchedPath != path) {
        searchedPath = path;
        program = QStandardPaths::findExecutable(QStringLiteral("node"));
    }
    return program;
}

QString ActionRunner::unavailableReason()
{
    if (!nodeProgram().isEmpty())
        return {};
    return QCoreApplication::translate("orglens::demo::ActionRunner",
                                       "Node.js is not installed, so the demo tenant cannot run Actions: it simulates "
                                       "them instead. Install Node.js (Debian: apt install nodejs) to run them.");
}

QString ActionRunner::failureText(const QString &actionName, const ActionOutcome &outcome)
{
    return tr("The Action '%1' failed: %2").arg(actionName, outcome.errorMessage);
}

void ActionRunner::run(const ActionExecution &execution, QObject *context,
                       std::function<void(const ActionOutcome &)> done)
{
    const QString reason = unavailableReason();
    if (!reason.isEmpty() || (!m_node && !startNode())) {
        const ActionOutcome outcome = failedOutcome(QStringLiteral("NodeUnavailable"),
                                                    reason.isEmpty() ? tr("Node.js could not be started.") : reason);
        QMetaObject::invokeMethod(
            context, [done = std::move(done), outcome] { done(outcome); }, Qt::QueuedConnection);
        return;
    }
    Pending pending;
    pending.id = m_nextId++;
    pending.timeoutMs = execution.timeoutMs;
    pending.context = context;
    pending.done = std::move(done);
    const QJsonObject request{{QStringLiteral("id"), pending.id},
                              {QStringLiteral("code"), execution.code},
                              {QStringLiteral("handler"), execution.handler},
                              {QStringLiteral("event"), execution.event},
                              {QStringLiteral("dependencies"), execution.dependencies},
                              {QStringLiteral("timeoutMs"), execution.timeoutMs}};
    pending.request = QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n';
    m_pending.append(pending);
    send(m_pending.constLast());
    if (m_pending.size() == 1)
        armWatchdog();
}

bool ActionRunner::startNode()
{
    const QString source = harnessSource();
    if (source.isEmpty())
        return false;
    m_node = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ORGLENS_ACTION_MODULES"), m_modulesDirectory);
    m_node->setProcessEnvironment(environment);
    m_node->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_node, &QProcess::readyReadStandardOutput, this, &ActionRunner::readAnswers);
    connect(m_node, &QProcess::finished, this, &ActionRunner::nodeStopped);
    connect(m_node, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            nodeStopped();
    });
    m_node->start(nodeProgram(), {QStringLiteral("-e"), source});
    return true;
}

void ActionRunner::send(const Pending &pending)
{
    m_node->write(pending.request);
}

void ActionRunner::readAnswers()
{
    while (m_node && m_node->canReadLine()) {
        const QJsonObject answer = QJsonDocument::fromJson(m_node->readLine()).object();
        if (m_pending.isEmpty() || answer.value(QLatin1String("id")).toInteger() != m_pending.constFirst().id)
            continue; // not an answer to the oldest request: cannot happen with the harness, ignored
        finishFront(outcomeFromAnswer(answer));
    }
}

void ActionRunner::finishFront(const ActionOutcome &outcome)
{
    const Pending pending = m_pending.takeFirst();
    armWatchdog();
    if (pending.context)
        pending.done(outcome);
}

void ActionRunner::armWatchdog()
{
    m_watchdog.stop();
    if (!m_pending.isEmpty())
        m_watchdog.start(m_pending.constFirst().timeoutMs + WatchdogGraceMs);
}

void ActionRunner::watchdogExpired()
{
    // The handler blocked Node's event loop past its limit: fail it like Auth0 does, restart Node for the others.
    QProcess *stuck = std::exchange(m_node, nullptr);
    stuck->disconnect(this);
    stuck->kill();
    stuck->waitForFinished(1000);
    stuck->deleteLater();
    const int limit = m_pending.constFirst().timeoutMs;
    // Auth0's own words for an Action over its limit, as its execution logs show them (not translated).
    finishFront(failedOutcome(QStringLiteral("TimeoutError"),
                              QStringLiteral("Script execution timed out after %1ms").arg(limit)));
    if (m_pending.isEmpty())
        return;
    if (!startNode()) {
        nodeStopped();
        return;
    }
    for (const Pending &pending : std::as_const(m_pending))
        send(pending);
}

void ActionRunner::nodeStopped()
{
    if (m_node) {
        m_node->deleteLater();
        m_node = nullptr;
    }
    m_watchdog.stop();
    const QList<Pending> failed = std::exchange(m_pending, {});
    for (const Pending &pending : failed) {
        if (pending.context)
            pending.done(
                failedOutcome(QStringLiteral("NodeStopped"), tr("Node.js stopped before the Action finished.")));
    }
}

} // namespace orglens::demo
