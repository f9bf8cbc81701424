#pragma once

#include "AppContext.h"
#include "Confirmation.h"
#include "common/OperationTracker.h"
#include "management/AuditLog.h"
#include "profiles/ProfileDirectory.h"

#include <QObject>

#include <memory>

namespace orglens::management {
class ManagementClient;
}

namespace orglens::widgets {

// The Management API connection the management views (Users, Bulk, Audit, Explain) share: the chosen profile, its
// machine-to-machine secret (from the secret store, read asynchronously, or held in memory for a session profile)
// and the ManagementClient built from them. One client for all views, so that they share one rate-limit budget.
// A saved profile's secret stored, or the profile edited, while it is in use takes effect at once.
class ManagementConnection : public QObject {
    Q_OBJECT

public:
    enum class State { NoProfile, NoManagementApp, ReadingSecret, MissingSecret, SecretError, Ready };
    Q_ENUM(State)

    explicit ManagementConnection(const AppContext &context, QObject *parent = nullptr);
    ~ManagementConnection() override;

    // The application's objects; operations is never null (the connection makes a tracker when given none).
    const AppContext &context() const { return m_context; }
    State state() const { return m_state; }
    // What the views show while there is no client (an empty state that says what to do), or the tenant in use.
    QString message() const { return m_message; }
    const profiles::Profile &profile() const { return m_profile; }
    // The profile in use (null: none).
    profiles::ProfileKey profileKey() const { return m_key; }
    // The profile's name as the pickers show it (a session profile's label, a saved profile's name).
    QString profileLabel() const;
    // The question before a write to the tenant in use (see writeConfirmation()).
    Confirmation writeConfirmation(const QString &title, const QString &details, const QString &action) const;
    // Null unless state() is Ready. Owned; replaced (deleted later) when the profile changes.
    management::ManagementClient *client() const { return m_client.get(); }

    // Where applied changes are logged (default: AuditLog::defaultPath()).
    management::AuditLog auditLog() const { return m_audit; }
    void setAuditLog(const management::AuditLog &log) { m_audit = log; }

    // A long operation (a bulk run) uses the client: until release(), the profile cannot change, so the client
    // stays valid; the profile pickers are disabled meanwhile.
    void hold();
    void release();
    bool isHeld() const { return m_holds > 0; }
    // Why the profile cannot be changed while the connection is held (the profile pickers' tooltip).
    static QString heldNotice();

public slots:
    // Uses a profile given as it is; with an empty secret it is read from the secret store (a saved profile's).
    void setProfile(const profiles::Profile &profile, const orglens::Secret &managementSecret = {});
    // Uses a profile of the context's ProfileDirectory (a null key: none).
    void setProfileKey(const orglens::profiles::ProfileKey &key);
    void clear();

signals:
    // state(), client() or profile() changed; views rebuild what depends on the client.
    void changed();

private:
    void use(const profiles::Profile &profile, const Secret &managementSecret, const profiles::ProfileKey &key);
    // The profile in use again, as stored now (its secret was entered, or the profile was edited).
    void reload();
    void setState(State state, const QString &message);
    void connectWith(const Secret &secret);

    AppContext m_context;
    management::AuditLog m_audit;
    profiles::Profile m_profile;
    profiles::ProfileKey m_key;
    State m_state = State::NoProfile;
    QString m_message;
    std::unique_ptr<management::ManagementClient, void (*)(management::ManagementClient *)> m_client;
    OperationSlot m_reading; // the secret read in progress
    int m_generation = 0;
    int m_holds = 0; // drops the answer of a secret read started for an earlier profile
};

} // namespace orglens::widgets
