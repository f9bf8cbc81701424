#pragma once

// Runs orglens-cli commands in-process with captured streams, or as a real process.
#include "CommandLine.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace orglens::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments, const QString &input = {},
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QString in = input;
    CliRun run;
    QTextStream inStream(&in);
    QTextStream outStream(&run.out);
    QTextStream errStream(&run.err);
    cli::CommandIo io{inStream, outStream, errStream, environment};
    run.exitCode = cli::runCommandLine(arguments, io);
    outStream.flush();
    errStream.flush();
    return run;
}

// The real binary, for what only a process shows (exit status, stdin handling, no display).
inline CliRun runCliProcess(const QStringList &arguments, const QByteArray &input = {},
                            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ORGLENS_CLI_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace orglens::test
