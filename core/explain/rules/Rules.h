#pragma once

#include "explain/Diagnosis.h"

#include <QList>

#include <optional>

namespace orglens::explain {

class ExplainFacts;

namespace rules {

// A rule looks at the facts and returns a finding (its id is filled in from the registry) or nothing.
using RuleFunction = std::optional<Finding> (*)(const ExplainFacts &facts);

struct Rule {
    const char *id;   // stable, part of the interface
    int weight;       // orders findings of equal confidence: the more direct cause first
    bool needsClaims; // runs only when the token decoded as a JWT
    RuleFunction evaluate;
    // The fix is (or needs) the generated Actions (orglens-cli actions generate): the finding offers them.
    bool offersGeneratedActions = false;
};

// Every rule, registered in one list (Rules.cpp).
const QList<Rule> &allRules();

// One function per rule, each in its own file.
std::optional<Finding> wrongTenant(const ExplainFacts &facts);
std::optional<Finding> opaqueToken(const ExplainFacts &facts);
std::optional<Finding> encryptedToken(const ExplainFacts &facts);
std::optional<Finding> idTokenOnly(const ExplainFacts &facts);
std::optional<Finding> m2mWithoutOrganization(const ExplainFacts &facts);
std::optional<Finding> passwordGrant(const ExplainFacts &facts);
std::optional<Finding> hasOrgId(const ExplainFacts &facts);
std::optional<Finding> defaultOrgNotMember(const ExplainFacts &facts);
std::optional<Finding> namespaceMismatch(const ExplainFacts &facts);
std::optional<Finding> lostOnRefresh(const ExplainFacts &facts);
std::optional<Finding> noDefaultOrg(const ExplainFacts &facts);
std::optional<Finding> deviceFlow(const ExplainFacts &facts);
std::optional<Finding> notExchanged(const ExplainFacts &facts);
std::optional<Finding> exchangeWithoutOrganization(const ExplainFacts &facts);
std::optional<Finding> restrictedClaim(const ExplainFacts &facts);
std::optional<Finding> noOrganizationParameter(const ExplainFacts &facts);
std::optional<Finding> staleToken(const ExplainFacts &facts);
std::optional<Finding> orgNameMissing(const ExplainFacts &facts);
// From the tenant doctor's checklist (TenantEvidence::doctor).
std::optional<Finding> exchangeAcceptsForgedTokens(const ExplainFacts &facts);
std::optional<Finding> exchangeProfileMissing(const ExplainFacts &facts);
std::optional<Finding> exchangeAppNotEnabled(const ExplainFacts &facts);

} // namespace rules
} // namespace orglens::explain
