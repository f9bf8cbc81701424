#pragma once

#include "management/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace orglens::management {

class ManagementClient;

// What `set-default-org` would do to one user.
struct DefaultOrgChange {
    QString userId;
    QJsonObject user;         // as read before the change
    QJsonObject organization; // the target (empty when clearing)
    QJsonArray userOrganizations;
    QJsonValue before;    // current default_org_id (null: absent)
    QJsonValue after;     // target (null: delete the key)
    bool isMember = true; // of the target organization

    bool changes() const { return before != after; }
};

// Reads, checks and changes app_metadata.default_org_id of one user, appending every applied change to the audit
// log. Only {"app_metadata":{"default_org_id":...}} is ever sent, so the other app_metadata keys stay intact.
class DefaultOrgEditor : public QObject {
    Q_OBJECT

public:
    DefaultOrgEditor(ManagementClient &client, AuditLog audit, QString profileName, QObject *parent = nullptr);

    using PlanCallback = std::function<void(const Result<DefaultOrgChange> &)>;
    using ApplyCallback = std::function<void(const Result<AuditEntry> &)>;

    // user: user_id or e-mail; org: id or name (ignored when clear). Refuses a non-member unless allowNonMember.
    void plan(const QString &user, const QString &org, bool clear, bool allowNonMember, PlanCallback done);
    // PATCHes the key, reads the user back to verify, then appends the audit entry.
    void apply(const DefaultOrgChange &change, const QString &source, const QString &undoOf, ApplyCallback done);
    // Restores the value before the audit entry `id`; refuses when the current value is not what that entry wrote,
    // unless force.
    void undo(const QString &id, bool force, ApplyCallback done);

private:
    void planForUser(const QJsonObject &user, const QString &org, bool clear, bool allowNonMember, PlanCallback done);

    ManagementClient &m_client;
    AuditLog m_audit;
    QString m_profile;
};

} // namespace orglens::management
