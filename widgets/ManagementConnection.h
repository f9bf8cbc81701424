#pragma once

#include "AppContext.h"
#include "common/OperationTracker.h"
#include "management/AuditLog.h"

#include <QObject>

#include <memory>

namespace orglens::management {
class ManagementClient;
}

namespace orglens::widgets {

// The Management API connection the management views (Users, Bulk, Audit, Explain) share: the chosen profile, its
// machine-to-machine secret (from the secret store, read asynchronously, or held in memory for a session profile)
// and the ManagementClient built from them. One client for all views, so that they share one rate-limit budget.
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
    // The picker key of the profile in use: "saved:<name>" or "session:<label>" (empty: none).
    QString profileKey() const { return m_key; }
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

    // Profiles that live for this session only (the demo tenant); listed before the saved ones.
    void addSessionProfile(const SessionProfile &profile);
    const QList<SessionProfile> &sessionProfiles() const { return m_sessionProfiles; }

public slots:
    // Uses a profile; with an empty secret it is read from the secret store (profile/<name>/management-...).
    void setProfile(const profiles::Profile &profile, const orglens::Secret &managementSecret = {});
    // "saved:<name>" loads the saved profile, "session:<label>" a session profile, empty: none.
    void setProfileKey(const QString &key);
    void clear();

signals:
    // state(), client() or profile() changed; views rebuild what depends on the client.
    void changed();

private:
    void use(const profiles::Profile &profile, const Secret &managementSecret, const QString &key);
    void setState(State state, const QString &message);
    void connectWith(const Secret &secret);

    AppContext m_context;
    QList<SessionProfile> m_sessionProfiles;
    management::AuditLog m_audit;
    profiles::Profile m_profile;
    QString m_key;
    State m_state = State::NoProfile;
    QString m_message;
    std::unique_ptr<management::ManagementClient, void (*)(management::ManagementClient *)> m_client;
    OperationSlot m_reading; // the secret read in progress
    int m_generation = 0;
    int m_holds = 0; // drops the answer of a secret read started for an earlier profile
};

extern const QString SavedProfilePrefix;   // "saved:"
extern const QString SessionProfilePrefix; // "session:"

} // namespace orglens::widgets
