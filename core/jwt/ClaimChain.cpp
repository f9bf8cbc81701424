#include "jwt/ClaimChain.h"

#include "jwt/ClaimCatalogue.h"

#include <QCoreApplication>

namespace orglens::jwt {

bool ClaimChainRow::changesAlongChain() const
{
    return std::any_of(changes.begin() + qMin<qsizetype>(1, changes.size()), changes.end(),
                       [](ChangeKind kind) { return kind != ChangeKind::Unchanged; });
}

const ClaimChainRow *ClaimChain::find(const QString &claim) const
{
    for (const ClaimChainRow &row : rows) {
        if (row.claim == claim)
            return &row;
    }
    return nullptr;
}

QString ClaimChain::history(const ClaimChainRow &row) const
{
    QStringList events;
    for (qsizetype step = 0; step < row.changes.size() && step < steps.size(); ++step) {
        const char *text = nullptr;
        switch (row.changes.at(step)) {
        case ChangeKind::Added:
            text = step == 0 ? QT_TRANSLATE_NOOP("orglens::jwt::ClaimChain", "from %1")
                             : QT_TRANSLATE_NOOP("orglens::jwt::ClaimChain", "added by %1");
            break;
        case ChangeKind::Changed:
            text = QT_TRANSLATE_NOOP("orglens::jwt::ClaimChain", "changed by %1");
            break;
        case ChangeKind::Removed:
            text = QT_TRANSLATE_NOOP("orglens::jwt::ClaimChain", "dropped by %1");
            break;
        case ChangeKind::Unchanged:
            break;
        }
        if (text)
            events << QCoreApplication::translate("orglens::jwt::ClaimChain", text).arg(steps.at(step));
    }
    return events.join(QStringLiteral("; "));
}

ClaimChain buildClaimChain(const QList<ChainStep> &steps)
{
    ClaimChain chain;
    QStringList order;
    for (const ChainStep &step : steps) {
        chain.steps << step.label;
        for (const QString &claim : step.token.payload.keys()) { // keys() is sorted
            if (!order.contains(claim))
                order << claim;
        }
    }
    for (const QString &claim : std::as_const(order)) {
        ClaimChainRow row{claim, describeClaim(claim).isVolatile, {}, {}};
        QJsonValue previous(QJsonValue::Undefined);
        for (const ChainStep &step : steps) {
            const QJsonValue value = step.token.payload.value(claim);
            ChangeKind change = ChangeKind::Unchanged;
            if (previous.isUndefined() && !value.isUndefined())
                change = ChangeKind::Added;
            else if (!previous.isUndefined() && value.isUndefined())
                change = ChangeKind::Removed;
            else if (previous != value)
                change = ChangeKind::Changed;
            row.values << value;
            row.changes << change;
            previous = value;
        }
        chain.rows << row;
    }
    return chain;
}

} // namespace orglens::jwt
