#include "AuditTableModel.h"

#include "repair/RepairPlan.h"

#include <QJsonArray>
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
    if (entry.source == QLatin1String("repair"))
        return AuditTableModel::tr("repair");
    return entry.source; // written by a newer version: as it is
}

QString repairChangeText(const management::AuditEntry &entry)
{
    const int steps = int(entry.details.value(QLatin1String("steps")).toArray().size());
    const QString state = entry.details.value(QLatin1String("state")).toString();
    QString stateText = state;
    if (state == QLatin1String("applying"))
        stateText = AuditTableModel::tr("stopped while applying");
    else if (state == QLatin1String("applied"))
        stateText = AuditTableModel::tr("applied");
    else if (state == QLatin1String("failed"))
        stateText = AuditTableModel::tr("failed");
    const QString what = entry.undoOf.isEmpty() ? AuditTableModel::tr("repair: %n step(s)", nullptr, steps)
                                                : AuditTableModel::tr("undo of a repair: %n step(s)", nullptr, steps);
    return stateText.isEmpty() ? what : AuditTableModel::tr("%1, %2").arg(what, stateText);
}

QString repairStepsText(const management::AuditEntry &entry)
{
    QStringList lines;
    for (const QJsonValue &json : entry.details.value(QLatin1String("steps")).toArray()) {
        const auto step = repair::RepairStep::fromJson(json.toObject());
        if (step)
            lines << (step->done ? QStringLiteral("✓ ") : QStringLiteral("– ")) + step->title;
    }
    const QString error = entry.details.value(QLatin1String("error")).toString();
    if (!error.isEmpty())
        lines << AuditTableModel::tr("Error: %1").arg(error);
    return lines.join(QLatin1Char('\n'));
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
    if (role == Qt::ToolTipRole && entry.isRepair() && index.column() != TenantColumn && index.column() != TimeColumn)
        return repairStepsText(entry);
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
        if (entry.isRepair())
            return repairChangeText(entry);
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
        return tr("Change");
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
