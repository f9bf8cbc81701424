#include "AuditTableModel.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace orglens::widgets {

QString auditValueText(const QJsonValue &value)
{
    return value.isString() ? value.toString() : AuditTableModel::tr("(none)");
}

QString auditSourceText(const management::AuditEntry &entry)
{
    // The log keeps the source as a code ("set", "clear", "bulk", "undo"); it is shown in the user's language.
    if (!entry.undoOf.isEmpty())
        return AuditTableModel::tr("undo of %1").arg(entry.undoOf);
    if (entry.source == QLatin1String("set"))
        return AuditTableModel::tr("set");
    if (entry.source == QLatin1String("clear"))
        return AuditTableModel::tr("cleared");
    if (entry.source == QLatin1String("bulk"))
        return AuditTableModel::tr("bulk change");
    if (entry.source == QLatin1String("undo"))
        return AuditTableModel::tr("undo");
    return entry.source; // written by a newer version: as it is
}

void AuditTableModel::setEntries(const QList<management::AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

int AuditTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const management::AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == TenantColumn)
        return entry.tenant;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return entry.time.toUTC().toString(Qt::ISODate);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat);
    case TenantColumn: {
        const QString where = QUrl(entry.tenant).authority();
        const QString shownTenant = where.isEmpty() ? entry.tenant : where;
        return entry.profile.isEmpty() ? shownTenant : tr("%1 (%2)").arg(shownTenant, entry.profile);
    }
    case UserColumn:
        return entry.userId;
    case ChangeColumn:
        return tr("%1 → %2").arg(auditValueText(entry.before), auditValueText(entry.after));
    case SourceColumn:
        return auditSourceText(entry);
    case ClientColumn:
        return entry.clientId;
    case IdColumn:
        return entry.id;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TenantColumn:
        return tr("Tenant");
    case UserColumn:
        return tr("User");
    case ChangeColumn:
        return tr("default_org_id");
    case SourceColumn:
        return tr("Source");
    case ClientColumn:
        return tr("Client");
    case IdColumn:
        return tr("Entry");
    default:
        return {};
    }
}

} // namespace orglens::widgets
