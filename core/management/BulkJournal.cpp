#include "BulkJournal.h"

#include "management/AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace orglens::management {

namespace {

Result<bool> appendRecord(const QString &path, const QJsonObject &record)
{
    return appendLineDurably(path, QJsonDocument(record).toJson(QJsonDocument::Compact));
}

// The outcome a journal records (never NotStarted), from its text.
std::optional<RowStatus> recordedStatus(const QString &text)
{
    for (const RowStatus status : {RowStatus::Applied, RowStatus::Skipped, RowStatus::Failed, RowStatus::Unaudited}) {
        if (text == rowStatusText(status))
            return status;
    }
    return std::nullopt;
}

} // namespace

QString rowStatusText(RowStatus status)
{
    switch (status) {
    case RowStatus::NotStarted:
        return {};
    case RowStatus::Applied:
        return QStringLiteral("applied");
    case RowStatus::Skipped:
        return QStringLiteral("skipped");
    case RowStatus::Failed:
        return QStringLiteral("failed");
    case RowStatus::Unaudited:
        return QStringLiteral("unaudited");
    }
    return {};
}

Result<JournalState> replayJournal(const QByteArray &data)
{
    JournalState state;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const bool last = i == lines.size() - 1; // no newline after it: possibly cut off
        QJsonParseError parseError{};
        const QJsonObject record = QJsonDocument::fromJson(line, &parseError).object();
        const QString type = record.value(QLatin1String("type")).toString();
        if (parseError.error != QJsonParseError::NoError || type.isEmpty()) {
            if (last) {
                state.truncatedTail = true;
                continue;
            }
            return Error{QStringLiteral("invalid_journal"),
                         BulkJournal::tr("journal line %1 cannot be read; the journal is damaged.").arg(i + 1)};
        }
        if (type == QLatin1String("start")) {
            state.csvSha256 = record.value(QLatin1String("csv_sha256")).toString();
            state.tenant = record.value(QLatin1String("tenant")).toString();
            continue;
        }
        const int row = record.value(QLatin1String("line")).toInt();
        JournalRow &entry = state.rows[row];
        entry.userId = record.value(QLatin1String("user_id")).toString();
        if (type == QLatin1String("intent")) {
            entry.intent = true;
            entry.target = record.value(QLatin1String("target"));
            entry.before = record.value(QLatin1String("before"));
            entry.outcome.reset(); // a new attempt after a resume
        } else if (type == QLatin1String("outcome")) {
            const QString status = record.value(QLatin1String("status")).toString();
            entry.outcome = recordedStatus(status);
            if (!entry.outcome) {
                return Error{QStringLiteral("invalid_journal"),
                             BulkJournal::tr("journal line %1 has an unknown status '%2'.").arg(i + 1).arg(status)};
            }
            entry.detail = record.value(QLatin1String("detail")).toString();
        } else {
            return Error{QStringLiteral("invalid_journal"),
                         BulkJournal::tr("journal line %1 has an unknown type '%2'.").arg(i + 1).arg(type)};
        }
    }
    return state;
}

BulkJournal::BulkJournal(QString path) : m_path(std::move(path)) {}

BulkJournal::~BulkJournal() = default;

Result<JournalState> BulkJournal::open(const QString &csvSha256, const QString &tenant, bool resume)
{
    if (!m_lock) {
        auto lock = std::make_unique<FileLock>(m_path + QStringLiteral(".lock"));
        const auto taken = lock->tryLock();
        if (!taken)
            return taken.error();
        if (!taken.value())
            return Error{QStringLiteral("journal_locked"),
                         tr("another run (pid %1) is using the journal %2: wait for it to end or stop it, then "
                            "resume. Two runs on one journal could send a row twice.")
                             .arg(lock->holderPid())
                             .arg(QDir::toNativeSeparators(m_path))};
        m_lock = std::move(lock);
    }
    QFile file(m_path);
    const bool exists = file.exists() && file.size() > 0;
    if (!resume) {
        if (exists) {
            return Error{QStringLiteral("journal_exists"),
                         tr("the journal %1 already exists from an earlier run: continue it with --resume, or delete "
                            "it to start over.")
                             .arg(QDir::toNativeSeparators(m_path))};
        }
        // An empty file is what a crash before the first record leaves: ours to replace (we hold the lock).
        QFile::remove(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return Error{
                QStringLiteral("journal_exists"),
                tr("cannot create the journal %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString())};
        }
        file.close();
        const auto written = appendRecord(m_path, {{QStringLiteral("type"), QStringLiteral("start")},
                                                   {QStringLiteral("csv_sha256"), csvSha256},
                                                   {QStringLiteral("tenant"), tenant}});
        if (!written)
            return written.error();
        JournalState state;
        state.csvSha256 = csvSha256;
        state.tenant = tenant;
        return state;
    }
    if (!exists) {
        return Error{QStringLiteral("no_journal"),
                     tr("--resume: there is no journal at %1; run without --resume to start, or give --journal FILE.")
                         .arg(QDir::toNativeSeparators(m_path))};
    }
    if (!file.open(QIODevice::ReadWrite))
        return Error{QStringLiteral("read_failed"), tr("cannot open %1: %2").arg(m_path, file.errorString())};
    const QByteArray data = file.readAll();
    auto state = replayJournal(data);
    if (!state)
        return Error{state.error().code,
                     QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), state.error().message)};
    // Drop a line a crash cut off (its record never counted), or end a whole last record that lost its newline,
    // so that the next record starts on a line of its own.
    const bool repaired = state->truncatedTail  ? file.resize(data.lastIndexOf('\n') + 1)
                          : data.endsWith('\n') ? true
                                                : file.seek(file.size()) && file.write("\n") == 1 && file.flush();
    if (!repaired)
        return Error{QStringLiteral("write_failed"), tr("cannot repair %1: %2").arg(m_path, file.errorString())};
    if (state->csvSha256 != csvSha256) {
        return Error{QStringLiteral("journal_mismatch"),
                     tr("the journal %1 belongs to another version of the CSV file (its SHA-256 differs); resume with "
                        "the original file, or start a new run with another --journal.")
                         .arg(QDir::toNativeSeparators(m_path))};
    }
    if (state->tenant != tenant) {
        return Error{QStringLiteral("journal_mismatch"),
                     tr("the journal %1 was written for the tenant %2, not %3.").arg(m_path, state->tenant, tenant)};
    }
    return state;
}

Result<bool> BulkJournal::intent(int line, const QString &userId, const QJsonValue &before, const QJsonValue &target)
{
    return appendRecord(m_path, {{QStringLiteral("type"), QStringLiteral("intent")},
                                 {QStringLiteral("line"), line},
                                 {QStringLiteral("user_id"), userId},
                                 {QStringLiteral("before"), before},
                                 {QStringLiteral("target"), target}});
}

Result<bool> BulkJournal::outcome(int line, const QString &userId, RowStatus status, const QString &detail)
{
    Q_ASSERT(status != RowStatus::NotStarted); // a row not started has no outcome
    QJsonObject record{{QStringLiteral("type"), QStringLiteral("outcome")},
                       {QStringLiteral("line"), line},
                       {QStringLiteral("user_id"), userId},
                       {QStringLiteral("status"), rowStatusText(status)}};
    if (!detail.isEmpty())
        record.insert(QStringLiteral("detail"), detail);
    return appendRecord(m_path, record);
}

} // namespace orglens::management
