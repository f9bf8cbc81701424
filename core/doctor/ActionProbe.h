#pragma once

#include "TenantPipeline.h"

#include <QJsonArray>
#include <QObject>

#include <optional>

// The doctor's first probe: runs the tenant's own Actions through POST /api/v2/actions/actions/{id}/test (scope
// create:actions) with events built from the real user — a device-code login, a refresh, and an exchange of a forged
// subject token — and records what each did. Nothing a test run asks for reaches the tenant's users or tokens.

namespace orglens::jwt {
class SigningKey;
}

namespace orglens::doctor {

struct ActionRun {
    QString actionName;
    int version = 0;
    QJsonArray commands; // [{"name": "accessToken.setCustomClaim", "args": [...]}, …]
    QString error;       // the Action threw, or the test could not run

    // Values of api.accessToken.setCustomClaim(name, value), by name.
    QJsonObject accessTokenClaims() const;
    // The first argument of each call named `name` ("authentication.setUserById").
    QStringList argumentsOf(const QString &name) const;
    bool rejected() const; // access.deny or access.rejectInvalidSubjectToken, or it threw
};

struct ActionProbeResults {
    QString unavailable;          // why the probe could not run (e.g. "grant create:actions …"); empty when it ran
    QList<ActionRun> deviceLogin; // each bound post-login Action, protocol oauth2-device-code
    QList<ActionRun> refresh;     // the same, protocol oauth2-refresh-token
    std::optional<ActionRun> forgedSubject;   // the exchange Action given a forged token with the user's own claims
    std::optional<ActionRun> forgedOtherUser; // … and one naming another user
    QString forgedOtherUserId;                // the `sub` of that forged token
    QString forgedOrgId;                      // the organization both forged tokens carry

    // Claims the chain sets on a device login / a refresh, in binding order (a later Action overrides).
    QJsonObject deviceClaims() const;
    QJsonObject refreshClaims() const;
};

// The user the events describe: the real one when read, else a stand-in with a default organization.
QJsonObject probeUser(const TenantPipeline &pipeline, const QString &userId);

class ActionProbe : public QObject {
    Q_OBJECT

public:
    explicit ActionProbe(management::ManagementClient *client, QObject *parent = nullptr);

    // `key` signs the forged subject tokens; it must outlive the run.
    void run(const profiles::Profile &profile, const TenantPipeline &pipeline, const QString &userId,
             const jwt::SigningKey &key);

signals:
    void finished(const orglens::doctor::ActionProbeResults &results);

private:
    void test(const DeployedAction &action, const QJsonObject &event, std::function<void(const ActionRun &)> store);
    void done();

    management::ManagementClient *m_client;
    ActionProbeResults m_results;
    int m_pending = 0;
    QObject *m_context = nullptr;
};

} // namespace orglens::doctor

Q_DECLARE_METATYPE(orglens::doctor::ActionProbeResults)
