#pragma once

// Runs Node.js on generated Auth0 Action code: `node --check`, and the Action's handler on the demo tenant's Action
// runner. The process runs while the event loop spins, so servers in the test process (the demo tenant) answer.
#include "ActionRunner.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimer>

#include <optional>

namespace orglens::test {

struct NodeRun {
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString nodeBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("node"));
}

inline NodeRun runNode(const QStringList &arguments, const QByteArray &input = {}, const QString &nodePath = {},
                       int timeoutMs = 20000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!nodePath.isEmpty())
        environment.insert(QStringLiteral("NODE_PATH"), nodePath);
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start(nodeBinary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    NodeRun run;
    run.finished = process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Runs the handler of Action `code` with `event` on OrgLens' own Action runner (the demo tenant's); the recorded api
// calls, or an error text in `error`. `nodeModules` holds the Action's dependencies (jose), may be empty.
inline QJsonArray runAction(const QString &code, const char *handler, const QJsonObject &event, QString &error,
                            const QString &nodeModules = {})
{
    demo::ActionRunner runner(nodeModules);
    QObject context;
    std::optional<demo::ActionOutcome> outcome;
    runner.run({code, QLatin1String(handler), event,
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("jose")}}}},
               &context, [&outcome](const demo::ActionOutcome &answer) { outcome = answer; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 60000) || !outcome->ok) {
        error = outcome ? QStringLiteral("%1: %2").arg(outcome->errorName, outcome->errorMessage)
                        : QStringLiteral("the Action did not finish");
        return {};
    }
    return outcome->calls;
}

// Where `jose` is installed for the tests that run Actions: where the demo tenant's Actions find it (installer/setup.sh
// fetches it and configures -DORGLENS_NODE_MODULES=DIR); empty when it is nowhere.
inline QString joseModules()
{
    return demo::ActionRunner::defaultModulesDirectory();
}

} // namespace orglens::test
