#include "management/AuditLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens::management;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInAppData()
    {
        QVERIFY(AuditLog::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(AuditLog::defaultPath().endsWith(s("/audit.jsonl")));
    }

    void appendListFind()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(s("sub/audit.jsonl")));
        QVERIFY(log.entries()->isEmpty());
        AuditEntry entry;
        entry.profile = s("prod");
        entry.tenant = s("https://t.example/");
        entry.clientId = s("m2m");
        entry.userId = s("auth0|bob");
        entry.before = QJsonValue();
        entry.after = s("org_acme");
        entry.source = s("set");
        const auto first = log.append(entry);
        QVERIFY(first.ok());
        QCOMPARE(first->id.size(), 12);
        entry.before = s("org_acme");
        entry.after = QJsonValue();
        entry.source = s("undo");
        entry.undoOf = first->id;
        const auto second = log.append(entry);
        QVERIFY(second.ok());
        QVERIFY(second->id != first->id);

        const auto all = log.entries();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).userId, s("auth0|bob"));
        QVERIFY(all->at(0).before.isNull());
        QCOMPARE(all->at(0).after, QJsonValue(s("org_acme")));
        QCOMPARE(all->at(1).undoOf, first->id);
        QCOMPARE(log.find(second->id)->source, s("undo"));
        QCOMPARE(log.find(s("nope")).error().code, s("unknown_audit_id"));

        // One JSON line per change, nothing secret-looking in it.
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QCOMPARE(text.count('\n'), 2);
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("secret"));
    }

    // A repair is recorded again after each write under the same id: the newest line is the entry, listed where it
    // was first recorded; it needs no user.
    void repairEntryRecordedAfterEachWrite()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(s("audit.jsonl")));
        AuditEntry repair{.tenant = s("https://t.example/"),
                          .source = s("repair"),
                          .details = {{s("state"), s("applying")}, {s("steps"), QJsonArray()}}};
        const auto first = log.record(repair);
        QVERIFY(first.ok());
        QVERIFY(log.append({.userId = s("auth0|bob"), .after = s("org_acme"), .source = s("set")}).ok());
        repair = first.value();
        repair.details.insert(s("state"), s("applied"));
        QCOMPARE(log.record(repair)->id, first->id);

        const auto all = log.entries();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, first->id);
        QCOMPARE(all->at(0).details.value(s("state")).toString(), s("applied"));
        QVERIFY(all->at(0).isRepair());
        QVERIFY(!all->at(0).toJson().contains(s("key"))); // not a default_org_id change
        QVERIFY(!all->at(1).isRepair());
        QCOMPARE(log.find(first->id)->details.value(s("state")).toString(), s("applied"));
        // A change of default_org_id still needs its user.
        QVERIFY(
            !AuditEntry::fromJson(
                 QJsonObject{{s("id"), s("x")}, {s("time"), s("2026-01-01T00:00:00.000Z")}, {s("source"), s("set")}})
                 .ok());
    }

    // A damaged line is reported and skipped: the entries around it stay listable and undoable.
    void damagedLineIsSkippedAndReported()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(s("audit.jsonl")));
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"id\":\"a\",\"time\":\"2026-01-01T00:00:00.000Z\",\"user_id\":\"u\"}\n{broken\n"
                   "{\"id\":\"b\",\"time\":\"2026-01-02T00:00:00.000Z\",\"user_id\":\"v\"}\n[1]\n");
        file.close();
        QStringList unreadable;
        const auto all = log.entries(&unreadable);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).id, s("b"));
        QCOMPARE(unreadable.size(), 2);
        QVERIFY2(unreadable.at(0).contains(s("line 2 was skipped")), qPrintable(unreadable.at(0)));
        QVERIFY2(unreadable.at(1).contains(s("line 4 was skipped")), qPrintable(unreadable.at(1)));
        QCOMPARE(log.find(s("b"))->userId, s("v"));
        AuditEntry entry;
        entry.userId = s("w");
        QVERIFY(log.append(entry).ok());
        QCOMPARE(log.entries()->size(), 3);
    }

    void newLogIsOwnerOnly()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(s("sub/audit.jsonl")));
        AuditEntry entry;
        entry.userId = s("u");
        QVERIFY(log.append(entry).ok());
        QCOMPARE(QFile::permissions(log.path()) & 0x0077, QFileDevice::Permissions());
    }

    // A full disk names its cause, never "Unknown error" (/dev/full: every write fails with ENOSPC).
    void fullDiskIsNamed()
    {
        if (!QFileInfo::exists(s("/dev/full")))
            QSKIP("/dev/full is not available");
        const auto written = appendLineDurably(s("/dev/full"), "{}");
        QVERIFY(!written.ok());
        QVERIFY2(written.error().message.contains(s("No space left on device")), qPrintable(written.error().message));
        QVERIFY(written.error().message.contains(s("/dev/full")));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
