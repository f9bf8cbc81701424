#pragma once

// Runs Node.js on generated Auth0 Action code: `node --check`, and the Action's handler with a recording `api`
// object. The process runs while the event loop spins, so servers in the test process (the demo tenant) answer.
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

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

// A script that loads an Action module (argv[2]), reads the event as JSON from stdin, calls the handler named
// argv[3] with an `api` that records every call, and prints the calls as JSON: [["api.path", args...], ...].
inline constexpr char ActionHarness[] = R"js(
const action = require(process.argv[2]);
const handler = process.argv[3];
const calls = [];
const record = (name) => (...args) => { calls.push([name, ...args]); };
const api = {
  accessToken: { setCustomClaim: record('accessToken.setCustomClaim') },
  idToken: { setCustomClaim: record('idToken.setCustomClaim') },
  access: { deny: record('access.deny'), rejectInvalidSubjectToken: record('access.rejectInvalidSubjectToken') },
  authentication: { setUserById: record('authentication.setUserById'),
                    setOrganization: record('authentication.setOrganization') },
};
let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', async () => {
  await action[handler](JSON.parse(input), api);
  process.stdout.write(JSON.stringify(calls));
});
)js";

// Writes `code` as action.js and the harness into `dir`, runs the handler with `event`; the recorded calls, or an
// error text in `error`.
inline QJsonArray runAction(const QTemporaryDir &dir, const QString &code, const char *handler,
                            const QJsonObject &event, QString &error, const QString &nodePath = {})
{
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile file(dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (!write(QStringLiteral("action.js"), code.toUtf8()) || !write(QStringLiteral("harness.js"), ActionHarness)) {
        error = QStringLiteral("cannot write the scripts");
        return {};
    }
    const NodeRun run = runNode(
        {dir.filePath(QStringLiteral("harness.js")), dir.filePath(QStringLiteral("action.js")), QLatin1String(handler)},
        QJsonDocument(event).toJson(QJsonDocument::Compact), nodePath);
    if (!run.finished || run.exitCode != 0) {
        error = QStringLiteral("node failed (%1): %2").arg(run.exitCode).arg(run.err);
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

} // namespace orglens::test
