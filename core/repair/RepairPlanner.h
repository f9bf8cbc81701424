#pragma once

#include "RepairPlan.h"
#include "common/Result.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace orglens::management {
class ManagementClient;
}

namespace orglens::repair {

// Computes the repair plan for a profile (and optionally a user): runs the doctor (read scopes only, plus the
// Action probe when asked), reads what the steps would replace (OrgLens's Actions by name, the post-login bindings,
// the exchange profiles, the exchange application, the user) and the scopes the Management API application holds.
// Writes nothing.
class RepairPlanner : public QObject {
    Q_OBJECT

public:
    RepairPlanner(management::ManagementClient *client, QNetworkAccessManager *network, QObject *parent = nullptr);

    using Done = std::function<void(const Result<RepairPlan> &)>;
    // `done` once, from the event loop. An error names what could not be read (and the scope to grant).
    void plan(const RepairOptions &options, Done done);

private:
    struct Reading;
    static Result<bool> build(RepairPlan &plan, const Reading &reading);
    static RepairStep profileStep(const profiles::Profile &profile, const QJsonValue &current,
                                  const RepairStep &exchangeAction, const QString &currentActionName);
    static RepairStep clientStep(const QJsonObject &current);
    static Result<RepairStep> userStep(const RepairOptions &options, const QJsonObject &current,
                                       const QJsonArray &organizations);

    management::ManagementClient *m_client;
    QNetworkAccessManager *m_network;
};

} // namespace orglens::repair
