#include "jwt/ClaimChainModel.h"

#include "common/JsonText.h"
#include "jwt/TokenDiffModel.h"

#include <QCoreApplication>

namespace orglens::jwt {

ClaimChainModel::ClaimChainModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClaimChainModel::setChain(const ClaimChain &chain)
{
    beginResetModel();
    m_chain = chain;
    endResetModel();
}

int ClaimChainModel::rowForClaim(const QString &claim) const
{
    for (qsizetype row = 0; row < m_chain.rows.size(); ++row) {
        if (m_chain.rows.at(row).claim == claim)
            return int(row);
    }
    return -1;
}

int ClaimChainModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chain.rows.size());
}

int ClaimChainModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_chain.steps.isEmpty() ? 0 : historyColumn() + 1;
}

QVariant ClaimChainModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimChainRow &row = m_chain.rows.at(index.row());
    const int column = index.column();
    const bool isStep = column >= 1 && column < historyColumn();
    const ChangeKind change = isStep ? row.changes.at(column - 1) : ChangeKind::Unchanged;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == 0)
            return row.claim;
        if (column == historyColumn())
            return m_chain.history(row);
        if (change == ChangeKind::Removed)
            return QStringLiteral("%1 %2").arg(changeKindMarker(change),
                                               QCoreApplication::translate("orglens::jwt::ClaimChain", "(dropped)"));
        if (!row.presentIn(column - 1))
            return QString();
        return QStringLiteral("%1 %2").arg(changeKindMarker(change), compactJson(row.values.at(column - 1)));
    case ChangeKindRole:
        return int(change);
    case IsVolatileRole:
        return row.isVolatile;
    case IsDifferenceRole:
        return row.changesAlongChain();
    case ClaimRole:
        return row.claim;
    default:
        return {};
    }
}

QVariant ClaimChainModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > historyColumn())
        return {};
    if (section == 0)
        return QCoreApplication::translate("orglens::jwt::ClaimChain", "Claim");
    if (section == historyColumn())
        return QCoreApplication::translate("orglens::jwt::ClaimChain", "Where it came from");
    return QStringLiteral("%1. %2").arg(section).arg(m_chain.steps.at(section - 1));
}

} // namespace orglens::jwt
