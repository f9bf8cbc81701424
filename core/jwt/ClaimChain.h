#pragma once

#include "jwt/TokenDecoder.h"
#include "jwt/TokenDiff.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace orglens::jwt {

// One token of a lineage (device login → refresh → exchange …), named after the step that produced it.
struct ChainStep {
    QString label; // "Device authorization 10:42:07"
    DecodedToken token;
};

// One payload claim followed along the chain. values[i] is the claim in step i (undefined when absent);
// changes[i] is what step i did to it: Added (absent before, or present in the first step), Removed (present
// before, absent now), Changed, or Unchanged (also when absent in both).
struct ClaimChainRow {
    QString claim;
    bool isVolatile = false; // iat, exp, jti, …: differs on every issuance
    QList<QJsonValue> values;
    QList<ChangeKind> changes;

    bool presentIn(qsizetype step) const { return !values.value(step).isUndefined(); }
    // Changed, dropped or re-added after the first step (volatile claims count too).
    bool changesAlongChain() const;
};

struct ClaimChain {
    QStringList steps;         // the step labels, oldest first
    QList<ClaimChainRow> rows; // in order of first appearance, each step's claims sorted by name

    const ClaimChainRow *find(const QString &claim) const;
    // The steps that touched a claim, in words: "added by Device authorization; dropped by Token exchange".
    QString history(const ClaimChainRow &row) const;
};

// Follows every top-level payload claim through the steps.
ClaimChain buildClaimChain(const QList<ChainStep> &steps);

} // namespace orglens::jwt
