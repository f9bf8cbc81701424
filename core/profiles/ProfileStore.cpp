#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QFile>

namespace orglens::profiles {

namespace {

const QString Group = QStringLiteral("profiles");

} // namespace

ProfileStore::ProfileStore(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>()) {}

ProfileStore::ProfileStore(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(Group);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort();
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    return names().contains(name);
}

Result<Profile> ProfileStore::load(const QString &name) const
{
    if (!contains(name)) {
        const QStringList known = names();
        return Error{QStringLiteral("unknown_profile"),
                     tr("There is no profile '%1' (known: %2). Create it with 'profile add'.")
                         .arg(name, known.isEmpty() ? tr("none") : known.join(QLatin1String(", ")))};
    }
    m_settings->beginGroup(Group + QLatin1Char('/') + name);
    Profile profile;
    profile.name = name;
    profile.issuer = QUrl(m_settings->value(QStringLiteral("issuer")).toString());
    profile.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    profile.audience = m_settings->value(QStringLiteral("audience")).toString();
    profile.scope = m_settings->value(QStringLiteral("scope")).toString();
    profile.claimNamespace = m_settings->value(QStringLiteral("claimNamespace")).toString();
    profile.managementClientId = m_settings->value(QStringLiteral("managementClientId")).toString();
    profile.exchangeClientId = m_settings->value(QStringLiteral("exchangeClientId")).toString();
    profile.subjectTokenType = m_settings->value(QStringLiteral("subjectTokenType")).toString();
    profile.useOrganizationNames = m_settings->value(QStringLiteral("useOrganizationNames"), false).toBool();
    m_settings->endGroup();
    const auto normalized = normalizeProfile(profile);
    if (!normalized)
        return Error{normalized.error().code,
                     tr("Profile '%1' in %2 is invalid: %3").arg(name, fileName(), normalized.error().message)};
    return normalized;
}

Result<Profile> ProfileStore::save(const Profile &input)
{
    if (input.name.isEmpty())
        return Error{QStringLiteral("invalid_profile_name"), tr("A saved profile needs a name.")};
    const auto normalized = normalizeProfile(input);
    if (!normalized)
        return normalized;
    const Profile &profile = normalized.value();
    const QString group = Group + QLatin1Char('/') + profile.name;
    m_settings->remove(group);
    m_settings->beginGroup(group);
    m_settings->setValue(QStringLiteral("issuer"), profile.issuer.toString());
    const auto setIfAny = [this](const char *key, const QString &value) {
        if (!value.isEmpty())
            m_settings->setValue(QLatin1String(key), value);
    };
    setIfAny("clientId", profile.clientId);
    setIfAny("audience", profile.audience);
    setIfAny("scope", profile.scope);
    setIfAny("claimNamespace", profile.claimNamespace);
    setIfAny("managementClientId", profile.managementClientId);
    setIfAny("exchangeClientId", profile.exchangeClientId);
    setIfAny("subjectTokenType", profile.subjectTokenType);
    m_settings->setValue(QStringLiteral("useOrganizationNames"), profile.useOrganizationNames);
    m_settings->endGroup();
    m_settings->sync();
    // Owner only: the file names tenants, applications and users. QSettings keeps these permissions on later writes.
    QFile::setPermissions(fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (m_settings->status() != QSettings::NoError)
        return Error{QStringLiteral("settings_write_failed"),
                     tr("Could not write the profile to %1: check that the file is writable.").arg(fileName())};
    emit profilesChanged();
    return profile;
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return false;
    m_settings->remove(Group + QLatin1Char('/') + name);
    m_settings->sync();
    emit profilesChanged();
    return true;
}

} // namespace orglens::profiles
