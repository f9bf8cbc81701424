#pragma once

#include "jwt/ClaimChain.h"

#include <QAbstractTableModel>

namespace orglens::jwt {

// A read-only table over a ClaimChain: one row per claim; columns Claim, one per step (the claim's value there,
// marked +, −, ~ when that step added, dropped or changed it) and History ("added by …; dropped by …"). QtCore
// only: the view colours cells from ChangeKindRole like the Compare table.
class ClaimChainModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        ChangeKindRole = Qt::UserRole + 1, // int: ChangeKind of a step cell (Unchanged elsewhere)
        IsVolatileRole,                    // bool
        IsDifferenceRole,                  // bool: the claim changes along the chain
        ClaimRole,                         // QString: the claim name
    };

    explicit ClaimChainModel(QObject *parent = nullptr);

    void setChain(const ClaimChain &chain);
    const ClaimChain &chain() const { return m_chain; }
    int historyColumn() const { return int(m_chain.steps.size()) + 1; }
    int rowForClaim(const QString &claim) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ClaimChain m_chain;
};

} // namespace orglens::jwt
