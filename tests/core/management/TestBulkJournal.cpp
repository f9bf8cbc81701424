#include "management/BulkJournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace orglens::management;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestBulkJournal : public QObject {
    Q_OBJECT

private slots:
    void replay()
    {
        const QByteArray journal =
            "{\"type\":\"start\",\"csv_sha256\":\"abc\",\"tenant\":\"https://t/\"}\n"
            "{\"type\":\"intent\",\"line\":2,\"user_id\":\"u2\",\"before\":null,\"target\":\"o\"}\n"
            "{\"type\":\"outcome\",\"line\":2,\"user_id\":\"u2\",\"status\":\"applied\"}\n"
            "{\"type\":\"intent\",\"line\":3,\"user_id\":\"u3\",\"before\":\"x\",\"target\":\"o\"}\n"
            "{\"type\":\"outcome\",\"line\":4,\"user_id\":\"u4\",\"status\":\"skipped\"}\n"
            "{\"type\":\"intent\",\"line\":5,\"user_id\":\"u5\",\"target\":\"o\"}\n"
            "{\"type\":\"outcome\",\"line\":5,\"user_id\":\"u5\",\"status\":\"failed\"}\n"
            "{\"type\":\"intent\",\"line\":5,\"user_id\":\"u5\",\"target\":\"o\"}\n"
            "{\"type\":\"outc"; // cut off by a crash
        const auto state = replayJournal(journal);
        QVERIFY2(state.ok(), qPrintable(state.ok() ? QString() : state.error().message));
        QCOMPARE(state->csvSha256, s("abc"));
        QCOMPARE(state->tenant, s("https://t/"));
        QVERIFY(state->truncatedTail);
        QCOMPARE(state->rows.value(2).outcome, RowStatus::Applied);
        QVERIFY(state->rows.value(3).intent);
        QVERIFY(!state->rows.value(3).outcome); // intent without outcome: re-read before PATCHing
        QCOMPARE(state->rows.value(3).before, QJsonValue(s("x")));
        QCOMPARE(state->rows.value(4).outcome, RowStatus::Skipped);
        QVERIFY(!state->rows.value(5).outcome); // a retry after "failed" is pending again
        QVERIFY(!state->rows.contains(6));
    }

    void damagedMiddleLineIsAnError()
    {
        const auto state = replayJournal("{\"type\":\"start\"}\nnot json\n{\"type\":\"outcome\",\"line\":2}\n");
        QVERIFY(!state.ok());
        QVERIFY2(state.error().message.contains(s("line 2")), qPrintable(state.error().message));
    }

    // Statuses are spelled on disk as they always were, so a journal of an earlier version still resumes; a status
    // the program does not know is a damaged journal, not a row counted as something it is not.
    void statusesOnDisk()
    {
        QCOMPARE(rowStatusText(RowStatus::Applied), s("applied"));
        QCOMPARE(rowStatusText(RowStatus::Skipped), s("skipped"));
        QCOMPARE(rowStatusText(RowStatus::Failed), s("failed"));
        QCOMPARE(rowStatusText(RowStatus::Unaudited), s("unaudited"));
        QCOMPARE(rowStatusText(RowStatus::NotStarted), QString());
        const auto state = replayJournal("{\"type\":\"start\"}\n"
                                         "{\"type\":\"outcome\",\"line\":2,\"user_id\":\"u2\",\"status\":\"done\"}\n");
        QVERIFY(!state.ok());
        QCOMPARE(state.error().code, s("invalid_journal"));
        QVERIFY2(state.error().message.contains(s("line 2")) && state.error().message.contains(s("'done'")),
                 qPrintable(state.error().message));
    }

    void openWriteAndResume()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("run.journal"));
        BulkJournal journal(path);
        QVERIFY2(!journal.open(s("sha"), s("https://t/"), true).ok(), "resume without a journal");
        QVERIFY(journal.open(s("sha"), s("https://t/"), false).ok());
        QVERIFY(journal.intent(2, s("u2"), QJsonValue(), s("org_a")).ok());
        QVERIFY(journal.outcome(2, s("u2"), RowStatus::Applied).ok());
        QVERIFY(journal.intent(3, s("u3"), QJsonValue(), s("org_a")).ok());

        const auto again = journal.open(s("sha"), s("https://t/"), false);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, s("journal_exists"));
        QCOMPARE(journal.open(s("other"), s("https://t/"), true).error().code, s("journal_mismatch"));
        QCOMPARE(journal.open(s("sha"), s("https://other/"), true).error().code, s("journal_mismatch"));

        // A crash mid-write leaves half a line; resuming terminates it and appends cleanly.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("{\"type\":\"outcome\",\"li");
        }
        const auto resumed = journal.open(s("sha"), s("https://t/"), true);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->rows.value(2).outcome, RowStatus::Applied);
        QVERIFY(resumed->rows.value(3).intent && !resumed->rows.value(3).outcome);
        QVERIFY(journal.outcome(3, s("u3"), RowStatus::Applied).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto final = replayJournal(file.readAll());
        QVERIFY2(final.ok(), qPrintable(final.ok() ? QString() : final.error().message));
        QCOMPARE(final->rows.value(3).outcome, RowStatus::Applied);
        file.seek(0);
        QVERIFY(file.readAll().contains(R"({"line":3,"status":"applied","type":"outcome","user_id":"u3"})"));
        QVERIFY(!final->truncatedTail);
    }

    void oneRunAtATime()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("run.journal"));
        {
            BulkJournal first(path);
            QVERIFY(first.open(s("sha"), s("https://t/"), false).ok());
            BulkJournal second(path);
            const auto refused = second.open(s("sha"), s("https://t/"), true);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, s("journal_locked"));
            QVERIFY2(refused.error().message.contains(
                         QStringLiteral("another run (pid %1").arg(QCoreApplication::applicationPid())),
                     qPrintable(refused.error().message));
        }
        // The first run ended (its lock went with it): a resume may continue.
        BulkJournal resumed(path);
        QVERIFY(resumed.open(s("sha"), s("https://t/"), true).ok());
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // created 0600
    }

    void lockOfADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("run.journal"));
        // What a kill -9 leaves: a lock file naming a process that no longer exists.
        QFile lock(path + s(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(std::numeric_limits<int>::max()) + "\n");
        lock.close();
        BulkJournal journal(path);
        const auto opened = journal.open(s("sha"), s("https://t/"), false);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBulkJournal)
#include "TestBulkJournal.moc"
