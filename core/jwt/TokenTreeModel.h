#pragma once

#include "jwt/TokenInspection.h"

#include <QAbstractItemModel>

#include <memory>

namespace orglens::jwt {

// A read-only tree over a TokenInspection: two top-level rows, "Header" and "Payload", one child per
// header parameter or claim, and nested objects and arrays expandable to any depth.
// QtCore only: presentation (colours, fonts) is left to the view, which reads the semantic roles below.
class TokenTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ClaimColumn, ValueColumn, MeaningColumn, ColumnCount };

    enum Role {
        PathRole = Qt::UserRole + 1, // QString: JSON Pointer from the token root ("/payload/aud/0")
        RawValueRole,                // QJsonValue: the value itself
        CopyTextRole,                // QString: the value as text to copy (strings unquoted, the rest as JSON)
        NodeKindRole,                // int: NodeKind
        ClaimSourceRole,             // int: ClaimSource (claims and header parameters only, else invalid)
        IsTimeRole,                  // bool: a NumericDate claim
        IsVolatileRole,              // bool: differs on every issuance (iat, exp, jti, ...)
        ExplanationRole,             // QString: the catalogue explanation (claims and header parameters only)
    };

    enum class NodeKind {
        Section, // "Header" or "Payload"
        Claim,   // a top-level header parameter or payload claim
        Member,  // a value nested inside a claim (object member or array element)
    };
    Q_ENUM(NodeKind)

    explicit TokenTreeModel(QObject *parent = nullptr);
    ~TokenTreeModel() override;

    // Shows `inspection`. When it is the same token as the one shown (e.g. re-inspected later to refresh the
    // relative times), rows stay in place and only changed cells are announced; otherwise the model resets.
    void setInspection(const TokenInspection &inspection);
    void clear();
    bool isEmpty() const;

    // The index of the node at a JSON Pointer path ("/payload/org_id"), column 0; invalid when absent.
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Text for the Value column: strings as they are, numbers and booleans as JSON, "[3 items]", "{2 keys}".
    static QString summarise(const QJsonValue &value);
    // Text to copy: strings unquoted, everything else as compact JSON.
    static QString copyText(const QJsonValue &value);

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column) const;
    void refreshClaims(const Node &fresh);

    std::unique_ptr<Node> m_root;
    QString m_compact; // the token shown, to tell a refresh of the same token from a new one
};

} // namespace orglens::jwt
