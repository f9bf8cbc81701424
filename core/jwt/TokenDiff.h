#pragma once

#include "jwt/TokenDecoder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace orglens::jwt {

enum class ChangeKind { Added, Removed, Changed, Unchanged };

// One difference (or sameness) at a JSON Pointer path from the token root ("/payload/org_id").
struct DiffEntry {
    QString path;
    ChangeKind kind = ChangeKind::Unchanged;
    QJsonValue before;       // undefined when added
    QJsonValue after;        // undefined when removed
    bool isVolatile = false; // iat, exp, nbf, jti, auth_time, at_hash, c_hash, nonce
    QJsonArray itemsAdded;   // for arrays of scalars and the scope string, compared as sets
    QJsonArray itemsRemoved;

    QJsonObject toJson() const; // {path, before, after, volatile[, items_added, items_removed]}
};

struct TokenDiff {
    QList<DiffEntry> entries; // in path order: header first, then payload

    QList<DiffEntry> ofKind(ChangeKind kind) const;
    bool hasDifferences() const;
    // {"added": [...], "removed": [...], "changed": [...], "unchanged": [...]}
    QJsonObject toJson() const;
};

// Claim-level diff of header and payload. Nested objects are descended into; arrays of scalars and the
// `scope` string are compared as sets; other arrays element by element.
TokenDiff diffTokens(const DecodedToken &before, const DecodedToken &after);

QString changeKindName(ChangeKind kind); // "added", "removed", "changed", "unchanged"

} // namespace orglens::jwt
