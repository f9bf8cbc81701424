#pragma once

#include "management/AuditLog.h"

#include <QAbstractTableModel>

namespace orglens::widgets {

// Audit log entries, newest first: time, tenant, user, before -> after, source, client, id.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        TenantColumn,
        UserColumn,
        ChangeColumn,
        SourceColumn,
        ClientColumn,
        IdColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Entries as AuditLog::entries() gives them (oldest first).
    void setEntries(const QList<management::AuditEntry> &entries);
    const management::AuditEntry &entry(int row) const { return m_entries.at(row); }
    // The row of an entry id, -1 when not listed.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<management::AuditEntry> m_entries;
};

// "(none)" for an absent value, else the value.
QString auditValueText(const QJsonValue &value);
// Where a change came from, translated: "set", "cleared", "bulk change", "repair", "undo of <id>".
QString auditSourceText(const management::AuditEntry &entry);
// "repair: 5 steps, applied": the change column of a repair or its undo (AuditEntry::isRepair()).
QString repairChangeText(const management::AuditEntry &entry);
// One line per step, "✓ title" when written, "– title" when not.
QString repairStepsText(const management::AuditEntry &entry);

} // namespace orglens::widgets
