#pragma once

#include "ManagementError.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <variant>
#include <vector>

// The demo tenant's Actions as the Actions Management API keeps them: each Action's draft (code, dependencies,
// secrets), its immutable deployed versions, the bindings of each trigger (list order = execution order) and the
// record of executions. Plain data, no HTTP: ManagementApi serves it, the token endpoint runs what is bound.

namespace orglens::demo {

inline const QString PostLoginTrigger = QStringLiteral("post-login");
inline const QString TokenExchangeTrigger = QStringLiteral("custom-token-exchange");

struct ActionSecret {
    QString name;
    QString value; // never returned by the API
    QDateTime updatedAt;
};

struct ActionVersion {
    QString id;
    int number = 0;
    QString code;
    QJsonArray dependencies; // [{name, version}]
    QString runtime;
    QDateTime createdAt;
};

struct Action {
    QString id;
    QString name;
    QJsonArray supportedTriggers; // [{id, version}]
    QString code;                 // the draft
    QJsonArray dependencies;
    QString runtime = QStringLiteral("node22");
    QList<ActionSecret> secrets;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::vector<ActionVersion> versions; // oldest first
    int deployedNumber = 0;              // 0: never deployed
    QDateTime builtAt;                   // when the draft's build ends ("pending" until then)

    bool supportsTrigger(const QString &triggerId) const;
    const ActionVersion *deployedVersion() const;
    // The draft equals the deployed version.
    bool allChangesDeployed() const;
    // Name -> value, the `event.secrets` of an execution.
    QJsonObject secretValues() const;
};

struct Binding {
    QString id;
    QString triggerId;
    QString actionId;
    QString displayName;
    QDateTime createdAt;
};

// One Action's part in an execution (GET /actions/executions/{id} "results").
struct ActionResult {
    QString actionName;
    QString errorMessage; // empty when it succeeded
    QDateTime startedAt;
    QDateTime endedAt;
    QStringList logs; // the Action's console output (Auth0 streams it to its Actions logs)
};

class ActionStore {
public:
    explicit ActionStore(const Clock &clock) : m_clock(&clock) {}

    template <typename T> using Answer = std::variant<T, ManagementError>;

    const std::vector<Action> &actions() const { return m_actions; }
    // How long the draft of an Action created or changed from now on builds.
    void setBuildTime(int ms) { m_buildMs = ms; }
    const Action *find(const QString &id) const;

    // POST /actions/actions, PATCH /actions/actions/{id}: Auth0's body ({name, supported_triggers, code,
    // dependencies, runtime, secrets}); PATCH changes the draft only.
    Answer<Action> create(const QJsonObject &body);
    Answer<Action> update(const QString &id, const QJsonObject &body);
    // DELETE /actions/actions/{id}[?force=true]: a bound Action only with force, which unbinds it.
    std::optional<ManagementError> remove(const QString &id, bool force);
    // POST /actions/actions/{id}/deploy: the draft becomes a new version, which bindings run from now on.
    Answer<ActionVersion> deploy(const QString &id);
    // POST /actions/actions/{actionId}/versions/{versionId}/deploy: a new version with that version's code.
    Answer<ActionVersion> rollBack(const QString &actionId, const QString &versionId);

    // GET|PATCH /actions/triggers/{triggerId}/bindings. PATCH replaces the whole list with `refs`
    // ([{ref:{type:"action_id"|"action_name"|"binding_id", value}, display_name}]); only deployed Actions that
    // support the trigger can be bound.
    Answer<QList<Binding>> bindings(const QString &triggerId) const;
    Answer<QList<Binding>> replaceBindings(const QString &triggerId, const QJsonArray &refs);
    // The Actions bound to `triggerId`, in execution order.
    QList<const Action *> boundActions(const QString &triggerId) const;

    // Executions: recorded by the tenant after it ran a trigger's Actions, read back by id.
    QString recordExecution(const QString &triggerId, const QList<ActionResult> &results);
    std::optional<QJsonObject> execution(const QString &id) const;

    // The API's JSON for an Action (with its deployed version) and for a version.
    QJsonObject actionJson(const Action &action) const;
    QJsonObject versionJson(const Action &action, const ActionVersion &version) const;
    QJsonObject bindingJson(const Binding &binding) const;

    static bool isKnownTrigger(const QString &triggerId);
    static ManagementError actionNotFound();
    static ManagementError versionNotFound();

private:
    Action *findMutable(const QString &id);
    Answer<ActionVersion> addVersion(Action &action, const QString &code, const QJsonArray &dependencies,
                                     const QString &runtime);
    std::optional<ManagementError> applyBody(Action &action, const QJsonObject &body, bool creating);

    const Clock *m_clock; // a pointer, so the tenant's reset() can assign a pristine store
    std::vector<Action> m_actions;
    std::vector<Binding> m_bindings; // every trigger's, each trigger's in execution order
    QHash<QString, QJsonObject> m_executions;
    int m_buildMs = 0;
};

} // namespace orglens::demo
