#pragma once

#include "common/FileLock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace orglens::management {

// What became of one row of a bulk run.
enum class RowStatus {
    NotStarted, // never sent: the run was cancelled or stopped first
    Applied,
    Skipped, // already at its target: nothing sent
    Failed,
    Unaudited, // applied, but its audit entry could not be written: never counted as applied
};

// The status as the journal and the JSON output spell it: "applied", "skipped", "failed", "unaudited"; empty for
// NotStarted.
QString rowStatusText(RowStatus status);

// What a bulk run's journal says about one CSV row (keyed by the row's line number).
struct JournalRow {
    QString userId;
    QJsonValue before; // the value before the PATCH (null: absent)
    QJsonValue target;
    bool intent = false;              // a PATCH was about to be sent
    std::optional<RowStatus> outcome; // none recorded (yet)
    QString detail;
};

struct JournalState {
    QString csvSha256;
    QString tenant;
    QHash<int, JournalRow> rows;
    bool truncatedTail = false; // the last line was cut off by a crash mid-write (ignored)
};

// Replays a journal (pure): one JSON object per line: {"type":"start","csv_sha256","tenant"}, then per row
// {"type":"intent","line","user_id","before","target"} before the PATCH and
// {"type":"outcome","line","user_id","status", "detail"} after it (status: rowStatusText). A cut-off last line is
// tolerated; anything else unreadable is an error naming the line.
Result<JournalState> replayJournal(const QByteArray &data);

// A write-ahead journal of a bulk run: each record is appended, flushed and fsynced before the call returns, so
// that after a crash --resume knows every row whose PATCH may have been sent. One run at a time: open() takes an
// exclusive lock held until the journal is destroyed, so a second process (or the GUI) on
// the same journal is refused instead of sending rows twice. The lock (FILE.lock, flock) ends with its process,
// however it ends, so a crashed run never blocks the resume.
class BulkJournal {
    Q_DECLARE_TR_FUNCTIONS(orglens::management::BulkJournal)

public:
    explicit BulkJournal(QString path);
    ~BulkJournal();
    BulkJournal(const BulkJournal &) = delete;
    BulkJournal &operator=(const BulkJournal &) = delete;
    QString path() const { return m_path; }

    // Takes the lock, then starts a new journal (created exclusively, 0600; refuses one that has records) or, with
    // resume, reads the existing one and checks it belongs to the same CSV and tenant.
    Result<JournalState> open(const QString &csvSha256, const QString &tenant, bool resume);
    Result<bool> intent(int line, const QString &userId, const QJsonValue &before, const QJsonValue &target);
    Result<bool> outcome(int line, const QString &userId, RowStatus status, const QString &detail = {});

private:
    QString m_path;
    std::unique_ptr<FileLock> m_lock;
};

} // namespace orglens::management
