// Cold start to first painted window: `orglens --quit-after-startup` against a bare Qt Widgets hello window that
// quits the same way (bench_hello_window), alternating in the same run. Reports the medians of wall time and peak RSS
// (wait4's rusage of each child) and their ratios; the target is at most 1.5x for both.
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Run {
    double ms = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

// fork + exec + wait4: the child's own peak RSS, not the maximum over all children so far (RUSAGE_CHILDREN).
Run runOnce(const QByteArray &program, const QList<QByteArray> &arguments)
{
    std::vector<char *> argv{const_cast<char *>(program.constData())};
    for (const QByteArray &argument : arguments)
        argv.push_back(const_cast<char *>(argument.constData()));
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(program.constData(), argv.data());
        _exit(127);
    }
    Run run;
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        run.ms = double(timer.nsecsElapsed()) / 1e6;
        run.maxRssKb = usage.ru_maxrss;
        run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    return run;
}

template <typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class BenchGuiStartup : public QObject {
    Q_OBJECT
private slots:
    void coldStartAgainstHelloWindow()
    {
        const int rounds = qEnvironmentVariableIsSet("ORGLENS_BENCH_ROUNDS")
                               ? qEnvironmentVariableIntValue("ORGLENS_BENCH_ROUNDS")
                               : 15;
        // Fresh settings: no saved profiles or window state from the user's own runs.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");

        const QByteArray orglens(ORGLENS_GUI_BINARY);
        const QByteArray hello(ORGLENS_HELLO_BINARY);
        QList<double> appMs, helloMs;
        QList<long> appRss, helloRss;
        // One warm-up each (page cache), then alternate so that machine load hits both alike.
        runOnce(orglens, {"--quit-after-startup"});
        runOnce(hello, {});
        for (int round = 0; round < rounds; ++round) {
            const Run app = runOnce(orglens, {"--quit-after-startup"});
            const Run base = runOnce(hello, {});
            QCOMPARE(app.exitCode, 0);
            QCOMPARE(base.exitCode, 0);
            appMs << app.ms;
            helloMs << base.ms;
            appRss << app.maxRssKb;
            helloRss << base.maxRssKb;
        }
        const double timeRatio = median(appMs) / median(helloMs);
        const double rssRatio = double(median(appRss)) / double(median(helloRss));
        qInfo("platform %s, %d rounds (medians)", qgetenv("QT_QPA_PLATFORM").constData(), rounds);
        qInfo("orglens --quit-after-startup: %.1f ms, peak RSS %ld KB", median(appMs), median(appRss));
        qInfo("hello window:                 %.1f ms, peak RSS %ld KB", median(helloMs), median(helloRss));
        qInfo("ratio: time %.2fx, peak RSS %.2fx (target <= 1.5x)", timeRatio, rssRatio);
        QVERIFY2(timeRatio <= 1.5, qPrintable(QStringLiteral("start-up time ratio %1").arg(timeRatio)));
        QVERIFY2(rssRatio <= 1.5, qPrintable(QStringLiteral("peak memory ratio %1").arg(rssRatio)));
    }
};

QTEST_GUILESS_MAIN(BenchGuiStartup)
#include "BenchGuiStartup.moc"
