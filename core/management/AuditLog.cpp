#include "AuditLog.h"

#include "management/DefaultOrg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <QScopeGuard>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace orglens::management {

namespace {

QString randomId()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QString::number(value & 0xffffffffffffULL, 16).rightJustified(12, u'0');
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("profile"), profile},
                     {QStringLiteral("tenant"), tenant},
                     {QStringLiteral("client_id"), clientId},
                     {QStringLiteral("user_id"), userId},
                     {QStringLiteral("before"), before.isUndefined() ? QJsonValue() : before},
                     {QStringLiteral("after"), after.isUndefined() ? QJsonValue() : after},
                     {QStringLiteral("source"), source}};
    if (!undoOf.isEmpty())
        json.insert(QStringLiteral("undo_of"), undoOf);
    if (!isRepair())
        json.insert(QStringLiteral("key"), DefaultOrgPath);
    if (!details.isEmpty())
        json.insert(QStringLiteral("details"), details);
    return json;
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry entry;
    entry.id = json.value(QLatin1String("id")).toString();
    entry.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    entry.profile = json.value(QLatin1String("profile")).toString();
    entry.tenant = json.value(QLatin1String("tenant")).toString();
    entry.clientId = json.value(QLatin1String("client_id")).toString();
    entry.userId = json.value(QLatin1String("user_id")).toString();
    entry.before = json.value(QLatin1String("before"));
    entry.after = json.value(QLatin1String("after"));
    entry.source = json.value(QLatin1String("source")).toString();
    entry.undoOf = json.value(QLatin1String("undo_of")).toString();
    entry.details = json.value(QLatin1String("details")).toObject();
    // A repair need not name a user; a default_org_id change must.
    if (entry.id.isEmpty() || (entry.userId.isEmpty() && !entry.isRepair()) || !entry.time.isValid())
        return Error{QStringLiteral("invalid_audit_entry"), AuditLog::tr("an entry without id, user_id or time")};
    return entry;
}

Result<bool> appendLineDurably(const QString &path, const QByteArray &line)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // strerror, not QFile's text: a full disk must say "No space left on device", not "Unknown error".
    const auto failed = [&path](int code, const QString &message) {
        return Error{QStringLiteral("write_failed"),
                     message.arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(code)))};
    };
    // Created 0600: these files name users and organizations. O_APPEND plus an exclusive flock: several processes
    // (two CLI runs, the GUI) may append to the same audit log, one whole line at a time.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int code = errno; // before anything else can change it
        return failed(code, AuditLog::tr("cannot open %1: %2"));
    }
    const auto closeFile = qScopeGuard([fd] { ::close(fd); });
    if (::flock(fd, LOCK_EX) != 0) {
        const int code = errno;
        return failed(code, AuditLog::tr("cannot lock %1: %2"));
    }
    const QByteArray record = line + '\n';
    qsizetype written = 0;
    while (written < record.size()) {
        const ssize_t n = ::write(fd, record.constData() + written, size_t(record.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int code = n < 0 ? errno : ENOSPC; // a write of 0 bytes: the device is full
            const Error error = failed(code, AuditLog::tr("cannot write %1: %2"));
            // Take back a partial line so the file stays one record per line.
            if (written > 0)
                (void)::ftruncate(fd, ::lseek(fd, 0, SEEK_END) - written);
            return error;
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int code = errno;
        return failed(code, AuditLog::tr("cannot write %1: %2"));
    }
    return true;
}

AuditLog::AuditLog() : m_path(defaultPath()) {}

AuditLog::AuditLog(QString path) : m_path(std::move(path)) {}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

Result<AuditEntry> AuditLog::append(AuditEntry entry) const
{
    entry.id.clear();
    return record(std::move(entry));
}

Result<AuditEntry> AuditLog::record(AuditEntry entry) const
{
    if (entry.id.isEmpty())
        entry.id = randomId();
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    const auto written = appendLineDurably(m_path, QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
    if (!written)
        return written.error();
    return entry;
}

Result<QList<AuditEntry>> AuditLog::entries(QStringList *unreadable) const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<AuditEntry>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("read_failed"),
                     tr("cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString())};
    }
    QList<AuditEntry> result;
    QHash<QString, qsizetype> positions; // id -> index in result
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const auto entry = document.isObject()
                               ? AuditEntry::fromJson(document.object())
                               : Result<AuditEntry>(Error{QStringLiteral("invalid_audit_entry"),
                                                          tr("not a JSON object (%1)").arg(parseError.errorString())});
        if (!entry) {
            if (unreadable)
                unreadable->append(tr("%1 line %2 was skipped: %3")
                                       .arg(QDir::toNativeSeparators(m_path))
                                       .arg(lineNumber)
                                       .arg(entry.error().message));
            continue;
        }
        if (const auto earlier = positions.constFind(entry->id); earlier != positions.constEnd()) {
            result[*earlier] = entry.value();
            continue;
        }
        positions.insert(entry->id, result.size());
        result.append(entry.value());
    }
    return result;
}

Result<AuditEntry> AuditLog::find(const QString &id) const
{
    const auto all = entries();
    if (!all)
        return all.error();
    for (const AuditEntry &entry : all.value()) {
        if (entry.id == id)
            return entry;
    }
    return Error{QStringLiteral("unknown_audit_id"),
                 tr("no audit entry has the id '%1'; list them with 'orglens-cli audit list'.").arg(id)};
}

} // namespace orglens::management
