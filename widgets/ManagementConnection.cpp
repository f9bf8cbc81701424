#include "ManagementConnection.h"

#include "common/OperationTracker.h"

#include "management/ManagementClient.h"
#include "oauth/OAuthClient.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

namespace orglens::widgets {

namespace {
// Views may still hold the old client in a callback of this event-loop turn: delete it later.
void deleteClientLater(management::ManagementClient *client)
{
    if (client)
        client->deleteLater();
}
} // namespace

ManagementConnection::ManagementConnection(const AppContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_client(nullptr, &deleteClientLater)
{
    if (!m_context.operations)
        m_context.operations = new OperationTracker(this); // the views' busy indicators need one
    setState(State::NoProfile, tr("Choose a profile with a Management API (machine-to-machine) application."));
    if (profiles::ProfileDirectory *directory = m_context.directory) {
        connect(directory, &profiles::ProfileDirectory::secretChanged, this,
                [this](const profiles::ProfileKey &key, profiles::SecretKind kind) {
                    if (key == m_key && kind == profiles::SecretKind::ManagementClientSecret)
                        reload();
                });
        connect(directory, &profiles::ProfileDirectory::changed, this, [this, directory] {
            if (m_key.isNull())
                return;
            const auto stored = directory->load(m_key);
            if (stored && stored.value() != m_profile)
                reload();
        });
    }
}

ManagementConnection::~ManagementConnection() = default;

void ManagementConnection::reload()
{
    if (!isHeld() && !m_key.isNull())
        setProfileKey(m_key);
}

QString ManagementConnection::profileLabel() const
{
    return m_key.isNull() ? m_profile.name : m_key.name;
}

Confirmation ManagementConnection::writeConfirmation(const QString &title, const QString &details,
                                                     const QString &action) const
{
    return widgets::writeConfirmation(m_profile.issuer, profileLabel(), title, details, action);
}

QString ManagementConnection::heldNotice()
{
    return tr("A bulk run, a repair or an undo is using this profile; it can be changed when that ends.");
}

void ManagementConnection::hold()
{
    ++m_holds;
    emit changed();
}

void ManagementConnection::release()
{
    m_holds = std::max(0, m_holds - 1);
    emit changed();
}

void ManagementConnection::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    emit changed();
}

void ManagementConnection::clear()
{
    if (isHeld())
        return;
    ++m_generation;
    m_reading.finish();
    m_client.reset();
    m_profile = {};
    m_key = {};
    setState(State::NoProfile, tr("Choose a profile with a Management API (machine-to-machine) application."));
}

void ManagementConnection::setProfileKey(const profiles::ProfileKey &key)
{
    if (isHeld()) {
        emit changed(); // the pickers show the profile in use again
        return;
    }
    if (key.isNull() || !m_context.directory)
        return clear();
    const auto loaded = m_context.directory->load(key);
    if (loaded)
        return use(loaded.value(), {}, key);
    clear();
    setState(State::NoProfile, loaded.error().message);
}

void ManagementConnection::setProfile(const profiles::Profile &profile, const Secret &managementSecret)
{
    if (isHeld()) {
        emit changed();
        return;
    }
    profiles::ProfileKey key =
        profile.name.isEmpty() ? profiles::ProfileKey() : profiles::ProfileKey::saved(profile.name);
    for (const profiles::SessionProfile &session :
         m_context.directory ? m_context.directory->sessionProfiles() : QList<profiles::SessionProfile>()) {
        if (!managementSecret.isEmpty() && session.profile.name == profile.name)
            key = profiles::ProfileKey::session(session.label);
    }
    use(profile, managementSecret, key);
}

void ManagementConnection::use(const profiles::Profile &profile, const Secret &managementSecret,
                               const profiles::ProfileKey &key)
{
    const int generation = ++m_generation;
    m_reading.finish(); // an earlier profile's secret read is abandoned
    m_client.reset();
    m_profile = profile;
    m_key = key;
    const QString name = profile.name.isEmpty() ? profile.issuer.host() : profile.name;
    if (profile.managementClientId.isEmpty()) {
        setState(State::NoManagementApp,
                 tr("The profile '%1' has no Management API application: enter its M2M client ID and secret in "
                    "Profiles, or choose another profile.")
                     .arg(name));
        return;
    }
    if (!managementSecret.isEmpty()) {
        connectWith(managementSecret);
        return;
    }
    if (!m_context.directory || key.isNull()) {
        setState(State::MissingSecret, tr("No M2M client secret for '%1'.").arg(name));
        return;
    }
    const QString reading = tr("Reading the M2M client secret of '%1' from the keychain…").arg(name);
    setState(State::ReadingSecret, reading);
    // The keychain may wait for the user (an unlock prompt): shown busy, and cancellable. The operation is the read's
    // context: cancelling drops the answer.
    PendingOperation *operation = m_reading.start(*m_context.operations, this, reading, [this, name] {
        ++m_generation;
        setState(State::SecretError, tr("Reading the M2M client secret of '%1' was cancelled: choose the profile "
                                        "again to retry.")
                                         .arg(name));
    });
    const auto kind = profiles::SecretKind::ManagementClientSecret;
    m_context.directory->readSecret(key, kind, operation, [this, generation, name, kind](const SecretResult &result) {
        if (generation != m_generation)
            return;
        m_reading.finish();
        if (result.ok() && !result.secret.isEmpty())
            connectWith(result.secret);
        else
            setState(result.status == SecretResult::Status::Failed ? State::SecretError : State::MissingSecret,
                     profiles::ProfileDirectory::secretProblem(result, name, kind));
    });
}

void ManagementConnection::connectWith(const Secret &secret)
{
    management::ManagementConfig config;
    config.issuer = m_profile.issuer;
    config.clientId = m_profile.managementClientId;
    config.clientSecret = secret;
    m_client.reset(new management::ManagementClient(m_context.oauth->network(), m_context.oauth, config));
    setState(State::Ready, tr("Tenant %1 · Management API application %2")
                               .arg(m_profile.issuer.authority(), m_profile.managementClientId));
}

} // namespace orglens::widgets
