#include "Explain.h"

#include "explain/ExplainFacts.h"
#include "explain/rules/Rules.h"
#include "oauth/SessionHistory.h"

#include <algorithm>

namespace orglens::explain {

Diagnosis diagnose(const ExplainInput &input)
{
    const ExplainFacts facts(input);
    struct Ranked {
        Finding finding;
        int weight;
    };
    QList<Ranked> ranked;
    for (const rules::Rule &rule : rules::allRules()) {
        if (rule.needsClaims && !facts.isJwt())
            continue;
        if (auto finding = rule.evaluate(facts)) {
            finding->id = QLatin1String(rule.id);
            finding->offersGeneratedActions = rule.offersGeneratedActions;
            ranked.append({std::move(*finding), rule.weight});
        }
    }
    // Confidence first (Certain < Likely < Possible in the enum), then weight; stable keeps registry order.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.finding.confidence != b.finding.confidence)
            return a.finding.confidence < b.finding.confidence;
        return a.weight > b.weight;
    });
    Diagnosis diagnosis;
    diagnosis.hasOrgId = facts.hasOrgId();
    for (Ranked &each : ranked)
        diagnosis.findings.append(std::move(each.finding));
    return diagnosis;
}

TenantEvidenceRequest tenantEvidenceRequest(const ExplainInput &input)
{
    const ExplainFacts facts(input);
    TenantEvidenceRequest request{facts.userId(), facts.clientId(), {}, {}};
    // An M2M token got its scopes (and organization, or none) from the client grant for its audience.
    if (facts.isMachineToMachine() && !facts.audiences().isEmpty())
        request.grantAudience = facts.audiences().constFirst();
    if (facts.hasOrgId())
        request.orgIds << facts.orgId();
    for (const NamespacedOrgClaim &claim : facts.namespacedOrgClaims()) {
        if (!request.orgIds.contains(claim.value))
            request.orgIds << claim.value;
    }
    return request;
}

QStringList ruleIds()
{
    QStringList ids;
    for (const rules::Rule &rule : rules::allRules())
        ids << QLatin1String(rule.id);
    return ids;
}

QList<oauth::SessionRecord> lineageOf(const oauth::SessionHistory &history, const oauth::SessionRecord &record)
{
    QList<oauth::SessionRecord> lineage;
    QString parentId = record.parentId;
    // A record cannot be its own ancestor; the bound guards against a corrupt chain all the same.
    while (!parentId.isEmpty() && lineage.size() < history.size()) {
        const auto parent = history.find(parentId);
        if (!parent)
            break;
        lineage.prepend(*parent);
        parentId = parent->parentId;
    }
    return lineage;
}

ExplainInput inputFromHistory(const oauth::SessionHistory &history, const QByteArray &token)
{
    ExplainInput input;
    input.token = token;
    const auto decoded = jwt::decodeToken(QString::fromUtf8(token));
    const QByteArray bare = decoded ? decoded->compact.toUtf8() : token.trimmed();
    input.session = history.findByToken(bare);
    if (input.session)
        input.lineage = lineageOf(history, *input.session);
    return input;
}

} // namespace orglens::explain
