#pragma once

#include "management/BulkRunner.h"

#include <QObject>

#include <functional>
#include <memory>

namespace orglens::management {

// A bulk CSV as read from its file: the rows to check, the rows already malformed, and the SHA-256 of the exact bytes,
// which ties a journal to this version of the file.
struct BulkFile {
    QString path;
    QString sha256; // hex
    QList<BulkRow> rows;
    QList<RowError> errors; // malformed rows, by line
};

// One bulk change of default organizations, the same for the CLI and the GUI: read the CSV, validate it against the
// tenant (the dry run), open the write-ahead journal (or resume it), then apply the plan with bounded concurrency.
class BulkJob : public QObject {
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 4;

    BulkJob(ManagementClient &client, AuditLog audit, QString profileName, QObject *parent = nullptr);
    ~BulkJob() override;

    // Reads and parses the file. Errors: "read_failed" (the message is the reason only) and "invalid_csv" (the message
    // names the line and column); callers put the file's name in front.
    static Result<BulkFile> read(const QString &csvPath);
    // Where a run keeps its journal unless told otherwise: next to the CSV, FILE.journal.
    static QString journalPathFor(const QString &csvPath);
    // An earlier run left records in the journal: the next run of the file resumes it.
    static bool hasJournal(const QString &journalPath);

    // PATCHes in flight during apply() (DefaultConcurrency until set). The client is allowed at least as many
    // requests from now on, and never fewer than DefaultConcurrency.
    void setConcurrency(int concurrency);

    // Checks every row against the tenant. The plan's errors include the file's malformed rows.
    void validate(const BulkFile &file, bool allowNonMember, std::function<void(const Result<BulkPlan> &)> done);
    // Takes the journal's lock and starts a new journal for the file, or with resume continues the one of an earlier
    // run of the same file and tenant; an empty journalPath means journalPathFor(file.path). The lock is held until
    // apply() ends. Errors are BulkJournal::open's (journal_locked, journal_exists, no_journal, journal_mismatch, ...).
    Result<bool> openJournal(const BulkFile &file, bool resume, const QString &journalPath = {});
    QString journalPath() const { return m_journalPath; }
    // Applies the validated plan under the open journal; rows the journal shows as done are not sent again. `done`
    // gets every row's result, after the journal's lock is released.
    void apply(const BulkPlan &plan, std::function<void(const BulkSummary &)> done);
    // No further row is started; see BulkRunner::cancel().
    void cancel();

signals:
    void progress(int done, int total);

private:
    ManagementClient &m_client;
    QString m_journalPath;
    std::unique_ptr<BulkJournal> m_journal; // open from openJournal() to the end of apply()
    JournalState m_journalState;
    int m_concurrency = DefaultConcurrency;
    BulkRunner m_runner; // after the journal: destroyed first, its callbacks write to the journal
};

} // namespace orglens::management
