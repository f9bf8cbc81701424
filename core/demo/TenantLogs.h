#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

// The demo tenant's logs, as Auth0 keeps them (GET /api/v2/logs): every flow's tenant event becomes a log entry with
// Auth0's event type (s, f, fp, seacft/feacft, sede/fede, seccft/feccft, secte/fecte, sertft/fertft, sepft/fepft,
// ferrt, slo, fdecc, fdeac), ids that grow with time (checkpoint paging reads after one).

namespace orglens::demo {

class TenantStore;

struct LogEntry {
    QString logId;
    QDateTime date;
    QString type;
    QString description;
    QString clientId;
    QString clientName;
    QString userId;
    QString userName;
    QJsonObject details;

    // As GET /api/v2/logs/{id} returns it.
    QJsonObject toJson() const;
};

class TenantLogs {
public:
    // The log entry of a tenant event (DemoTenant::activity), or nothing for events Auth0 does not log.
    static std::optional<LogEntry> fromEvent(const QJsonObject &event, const TenantStore &store);

    // Gives the entry the next id and keeps it.
    void append(LogEntry entry);
    const std::vector<LogEntry> &entries() const { return m_entries; } // oldest first
    const LogEntry *find(const QString &logId) const;
    void clear() { m_entries.clear(); }

private:
    std::vector<LogEntry> m_entries;
    qint64 m_nextSequence = 1;
};

} // namespace orglens::demo
