#pragma once

#include "jwt/TokenDiff.h"

#include <QAbstractTableModel>

namespace orglens::jwt {

// A read-only table over a TokenDiff: one row per path, columns Path, Before, After. The Path column shows the
// change marker and the pointer's unescaped segments ("+ payload › org_id"); PathRole has the JSON Pointer. QtCore
// only: the view colours rows from the semantic roles (change kind, volatile).
class TokenDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PathColumn, BeforeColumn, AfterColumn, ColumnCount };

    enum Role {
        ChangeKindRole = Qt::UserRole + 1, // int: ChangeKind
        IsVolatileRole,                    // bool: differs on every issuance (iat, exp, jti, ...)
        PathRole,                          // QString: JSON Pointer from the token root
        IsDifferenceRole,                  // bool: added, removed or changed
    };

    explicit TokenDiffModel(QObject *parent = nullptr);

    void setDiff(const TokenDiff &diff);
    void clear();
    const TokenDiff &diff() const { return m_diff; }
    // The row of a path ("/payload/org_id"), or -1.
    int rowForPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TokenDiff m_diff;
};

// The one-character marker of a change kind: "+" added, "−" removed, "~" changed, " " unchanged.
QString changeKindMarker(ChangeKind kind);

} // namespace orglens::jwt
