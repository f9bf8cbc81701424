#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

// Runs the Action of a Custom Token Exchange profile for one /oauth/token request, as Auth0 does: the deployed
// version of the profile's Action, on Node, with the subject token in `event.transaction`; its decision is the
// user (setUserById / setUserByConnection) and organization (setOrganization) the exchange issues tokens for, or a
// rejection (access.deny, access.rejectInvalidSubjectToken, a failure).

namespace orglens::demo {

class DemoTenant;
class RequestParameters;
struct ActionOutcome;
struct Client;
struct TokenExchangeProfile;

struct ExchangeDecision {
    QString userId;
    QString organization;          // as setOrganization() named it (id, or name): empty when not called
    std::optional<Error> rejected; // the exchange fails with this OAuth error
    QString executionId;
};

class ExchangeAction {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::ExchangeAction)

public:
    explicit ExchangeAction(DemoTenant &tenant) : m_tenant(tenant) {}

    // The profile for `subjectTokenType` whose Action can run (deployed, and Node installed); null otherwise.
    const TokenExchangeProfile *runnableProfile(const QString &subjectTokenType) const;
    void run(const TokenExchangeProfile &profile, const Client &client, const RequestParameters &params,
             std::function<void(const ExchangeDecision &)> done);

private:
    ExchangeDecision decide(const QString &actionName, const ActionOutcome &outcome) const;

    DemoTenant &m_tenant;
};

} // namespace orglens::demo
