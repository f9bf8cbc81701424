#include "ProfileDirectory.h"

#include "profiles/ProfileStore.h"

namespace orglens::profiles {

Secret SessionProfile::secret(SecretKind kind) const
{
    // A session's refresh tokens live in its session history, not in the profile.
    return kind == SecretKind::ManagementClientSecret ? managementClientSecret
           : kind == SecretKind::ExchangeClientSecret ? exchangeClientSecret
                                                      : Secret();
}

ProfileDirectory::ProfileDirectory(ProfileStore *savedProfiles, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_saved(savedProfiles), m_secrets(secrets)
{
    if (m_saved)
        connect(m_saved, &ProfileStore::profilesChanged, this, &ProfileDirectory::changed);
    if (m_secrets)
        connect(m_secrets, &SecretStore::secretChanged, this, [this](const QString &storeKey) {
            // "profile/<name>/<kind>" (profileSecretKey) back to the profile and the kind.
            const QString name = storeKey.section(QLatin1Char('/'), 1, -2);
            for (const SecretKind kind :
                 {SecretKind::ManagementClientSecret, SecretKind::ExchangeClientSecret, SecretKind::RefreshToken}) {
                if (!name.isEmpty() && profileSecretKey(name, kind) == storeKey)
                    emit secretChanged(ProfileKey::saved(name), kind);
            }
        });
}

ProfileDirectory::~ProfileDirectory() = default;

void ProfileDirectory::addSessionProfile(const SessionProfile &profile)
{
    const auto existing = std::find_if(m_session.begin(), m_session.end(),
                                       [&profile](const SessionProfile &each) { return each.label == profile.label; });
    if (existing != m_session.end())
        *existing = profile;
    else
        m_session.append(profile);
    emit changed();
    emit sessionProfileAdded(ProfileKey::session(profile.label));
}

const SessionProfile *ProfileDirectory::sessionProfile(const QString &label) const
{
    for (const SessionProfile &session : m_session) {
        if (session.label == label)
            return &session;
    }
    return nullptr;
}

QList<ProfileKey> ProfileDirectory::keys() const
{
    QList<ProfileKey> keys;
    for (const SessionProfile &session : m_session)
        keys << ProfileKey::session(session.label);
    if (m_saved) {
        for (const QString &name : m_saved->names())
            keys << ProfileKey::saved(name);
    }
    return keys;
}

ProfileKey ProfileDirectory::keyFor(const QString &label) const
{
    if (label.isEmpty())
        return {};
    if (sessionProfile(label))
        return ProfileKey::session(label);
    if (m_saved && m_saved->contains(label))
        return ProfileKey::saved(label);
    return {};
}

Result<Profile> ProfileDirectory::load(const ProfileKey &key) const
{
    switch (key.source) {
    case ProfileKey::Source::Session:
        if (const SessionProfile *session = sessionProfile(key.name))
            return session->profile;
        return Error{QStringLiteral("unknown_profile"),
                     tr("There is no session profile '%1' any more: choose another profile.").arg(key.name)};
    case ProfileKey::Source::Saved:
        if (m_saved)
            return m_saved->load(key.name);
        break;
    case ProfileKey::Source::None:
        break;
    }
    return Error{QStringLiteral("no_profile"), tr("No profile selected: create one in Profiles first.")};
}

void ProfileDirectory::readSecret(const ProfileKey &key, SecretKind kind, QObject *context,
                                  SecretStore::Callback done) const
{
    if (key.source == ProfileKey::Source::Session) {
        const SessionProfile *session = sessionProfile(key.name);
        const Secret secret = session ? session->secret(kind) : Secret();
        SecretResult result;
        result.status = secret.isEmpty() ? SecretResult::Status::NotFound : SecretResult::Status::Ok;
        result.secret = secret;
        done(result);
        return;
    }
    if (key.source == ProfileKey::Source::None || !m_secrets) {
        done({SecretResult::Status::NotFound, {}, {}});
        return;
    }
    m_secrets->read(profileSecretKey(key.name, kind), context, std::move(done));
}

QString ProfileDirectory::secretName(SecretKind kind)
{
    return kind == SecretKind::ManagementClientSecret ? tr("M2M client secret")
           : kind == SecretKind::ExchangeClientSecret ? tr("exchange client secret")
                                                      : tr("refresh token");
}

QString ProfileDirectory::secretProblem(const SecretResult &result, const QString &profileName, SecretKind kind)
{
    if (result.status == SecretResult::Status::Failed)
        return tr("The %1 of '%2' could not be read: %3").arg(secretName(kind), profileName, result.error);
    return tr("No %1 is stored for profile '%2': enter it in Profiles and Save.").arg(secretName(kind), profileName);
}

} // namespace orglens::profiles
