#pragma once

#include "common/Result.h"
#include "profiles/Profile.h"
#include "secrets/Secret.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace orglens::profiles {

class ProfileStore;

// Which profile: a saved one (by name) or one of this session (by label). Item data of every profile picker.
struct ProfileKey {
    enum class Source { None, Saved, Session };
    Source source = Source::None;
    QString name; // the saved profile's name or the session profile's label

    static ProfileKey saved(const QString &name) { return {Source::Saved, name}; }
    static ProfileKey session(const QString &label) { return {Source::Session, label}; }
    bool isNull() const { return source == Source::None || name.isEmpty(); }
    friend bool operator==(const ProfileKey &, const ProfileKey &) = default;
};

// A profile that lives for this session only (e.g. the built-in demo tenant): never saved, secrets in memory.
struct SessionProfile {
    QString label;
    Profile profile;
    Secret managementClientSecret;
    Secret exchangeClientSecret;

    Secret secret(SecretKind kind) const;
};

// The one place that answers "which tenant, and which secrets": the saved profiles of a ProfileStore and the
// session profiles, and the way to read a profile's secrets (in memory for a session profile, the SecretStore for a
// saved one). Every profile picker, the Management API connection and the CLI go through it.
class ProfileDirectory : public QObject {
    Q_OBJECT

public:
    // Neither store is owned; both must outlive the directory.
    ProfileDirectory(ProfileStore *savedProfiles, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileDirectory() override;

    ProfileStore *savedProfiles() const { return m_saved; }

    // Adds a profile for this session (replacing one with the same label).
    void addSessionProfile(const SessionProfile &profile);
    const QList<SessionProfile> &sessionProfiles() const { return m_session; }
    const SessionProfile *sessionProfile(const QString &label) const;

    // Session profiles first (in the order added), then the saved ones by name.
    QList<ProfileKey> keys() const;
    // The profile a label names: a session profile's label, else a saved profile's name; null when neither.
    ProfileKey keyFor(const QString &label) const;
    Result<Profile> load(const ProfileKey &key) const;

    // Reads one secret of a profile. A session profile's secret is at hand: `done` runs before this returns. A saved
    // profile's comes from the SecretStore later (never if `context` is destroyed first). An absent secret is
    // Status::NotFound; secretProblem() says what to do about a result that is not Ok.
    void readSecret(const ProfileKey &key, SecretKind kind, QObject *context, SecretStore::Callback done) const;
    static QString secretProblem(const SecretResult &result, const QString &profileName, SecretKind kind);
    // "M2M client secret", "exchange client secret", "refresh token" (translated).
    static QString secretName(SecretKind kind);

signals:
    // A session profile was added (the pickers list and select it).
    void sessionProfileAdded(const orglens::profiles::ProfileKey &key);
    // The list of profiles changed: a session profile was added, or the saved profiles changed.
    void changed();
    // A saved profile's secret was stored or removed (e.g. entered in Profiles): a reader of it reads it again.
    void secretChanged(const orglens::profiles::ProfileKey &key, orglens::profiles::SecretKind kind);

private:
    ProfileStore *m_saved;
    SecretStore *m_secrets;
    QList<SessionProfile> m_session;
};

} // namespace orglens::profiles

Q_DECLARE_METATYPE(orglens::profiles::ProfileKey)
