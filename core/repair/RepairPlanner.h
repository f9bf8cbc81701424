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
    management::ManagementClient *m_client;
    QNetworkAccessManager *m_network;
};

} // namespace orglens::repair
