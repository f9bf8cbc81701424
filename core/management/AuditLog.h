#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace orglens::management {

// One applied change: of app_metadata.default_org_id (`before`/`after` are the key's values, null: absent), or a
// repair of the tenant's org_id pipeline (source "repair": its steps, each with the state it replaced, in `details`).
// Never holds a token or a secret.
// Written with designated initialisers ({.userId = …, .source = …}); every member has a default.
struct AuditEntry {
    QString id{};       // short random hex, the handle for `audit undo`
    QDateTime time{};   // UTC
    QString profile{};  // saved profile name, empty for ad hoc
    QString tenant{};   // issuer URL
    QString clientId{}; // the machine-to-machine application that made the change
    QString userId{};
    QJsonValue before{};
    QJsonValue after{};
    QString source{}; // "set", "clear", "bulk", "repair", "undo"
    QString undoOf{}; // for source "undo": the id of the entry it reverted
    // A repair and its undo: {"state":"applying"|"applied"|"failed", "steps":[…], "error"?} (core/repair).
    QJsonObject details{};

    bool isRepair() const { return source == QLatin1String("repair") || details.contains(QLatin1String("steps")); }

    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject &json);
};

// The audit log: one JSON object per line, appended and flushed to disk per change, in
// QStandardPaths::AppDataLocation/audit.jsonl (or a given file).
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(orglens::management::AuditLog)

public:
    AuditLog(); // the default file
    explicit AuditLog(QString path);

    QString path() const { return m_path; }
    // Assigns entry.id (and entry.time if unset) and appends the line.
    Result<AuditEntry> append(AuditEntry entry) const;
    // Appends the entry again under its id (assigned when empty): the newest line of an id is the entry, so a
    // change made of several writes is described after each one (a repair).
    Result<AuditEntry> record(AuditEntry entry) const;
    // Every entry, oldest first (an entry recorded several times where it was first recorded, as last recorded). A line
    // that cannot be read (a damaged or hand-edited file) does not hide the others: it is skipped and described in
    // `unreadable` ("audit.jsonl line 7: …") when given, so callers can report it.
    Result<QList<AuditEntry>> entries(QStringList *unreadable = nullptr) const;
    Result<AuditEntry> find(const QString &id) const;

    static QString defaultPath();

private:
    QString m_path;
};

// Appends `line` plus '\n' to the file and forces it to disk (fsync) before returning.
Result<bool> appendLineDurably(const QString &path, const QByteArray &line);

} // namespace orglens::management
