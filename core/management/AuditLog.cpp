#include "AuditLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <unistd.h>

namespace orglens::management {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("orglens::management::AuditLog", text);
}

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
                     {QStringLiteral("key"), QStringLiteral("app_metadata.default_org_id")},
                     {QStringLiteral("before"), before.isUndefined() ? QJsonValue() : before},
                     {QStringLiteral("after"), after.isUndefined() ? QJsonValue() : after},
                     {QStringLiteral("source"), source}};
    if (!undoOf.isEmpty())
        json.insert(QStringLiteral("undo_of"), undoOf);
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
    if (entry.id.isEmpty() || entry.userId.isEmpty() || !entry.time.isValid())
        return Error{QStringLiteral("invalid_audit_entry"), tr("an entry without id, user_id or time")};
    return entry;
}

Result<bool> appendLineDurably(const QString &path, const QByteArray &line)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return Error{QStringLiteral("write_failed"),
                     tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (file.write(line + '\n') != line.size() + 1 || !file.flush() || ::fsync(file.handle()) != 0) {
        return Error{QStringLiteral("write_failed"),
                     tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
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
    entry.id = randomId();
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    const auto written = appendLineDurably(m_path, QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact));
    if (!written)
        return written.error();
    return entry;
}

Result<QList<AuditEntry>> AuditLog::entries() const
{
    QFile file(m_path);
    if (!file.exists())
        return QList<AuditEntry>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("read_failed"),
                     tr("cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString())};
    }
    QList<AuditEntry> result;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const auto entry = AuditEntry::fromJson(QJsonDocument::fromJson(line).object());
        if (!entry) {
            return Error{
                QStringLiteral("invalid_audit_log"),
                tr("%1 line %2: %3").arg(QDir::toNativeSeparators(m_path)).arg(lineNumber).arg(entry.error().message)};
        }
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
