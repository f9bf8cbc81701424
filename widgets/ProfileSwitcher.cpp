#include "ProfileSwitcher.h"

#include "profiles/ProfileDirectory.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace orglens::widgets {

namespace {
QString domainOf(const profiles::Profile &profile)
{
    const QUrl &issuer = profile.issuer;
    return issuer.port() > 0 ? QStringLiteral("%1:%2").arg(issuer.host()).arg(issuer.port()) : issuer.host();
}

QUrl normalised(const QUrl &issuer)
{
    const auto result = profiles::normalizeIssuer(issuer.toString());
    return result ? result.value() : issuer;
}
} // namespace

ProfileSwitcher::ProfileSwitcher(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("profileSwitcherBox"));
    auto *label = new QLabel(tr("P&rofile:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("profileSwitcher"));
    m_combo->setAccessibleName(tr("Profile"));
    m_combo->setToolTip(tr("The tenant profile the views work with"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(24);
    label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        const QString label = currentLabel();
        emit currentProfileChanged(label, currentProfile().value_or(profiles::Profile{}));
    });
    rebuild({});
}

ProfileSwitcher::~ProfileSwitcher() = default;

void ProfileSwitcher::setDirectory(profiles::ProfileDirectory *directory)
{
    m_directory = directory;
    if (auto *store = directory->savedProfiles()) {
        connect(store, &profiles::ProfileStore::profilesChanged, this, [this] {
            if (m_savedLoaded)
                loadSavedProfiles();
        });
    }
    connect(directory, &profiles::ProfileDirectory::sessionProfileAdded, this, [this](const profiles::ProfileKey &key) {
        rebuild(currentLabel());
        selectProfile(key.name);
    });
    rebuild(currentLabel());
}

void ProfileSwitcher::loadSavedProfiles()
{
    profiles::ProfileStore *store = m_directory ? m_directory->savedProfiles() : nullptr;
    if (!store)
        return;
    m_savedLoaded = true;
    m_saved.clear();
    for (const QString &name : store->names()) {
        if (auto profile = store->load(name))
            m_saved.insert(name, profile.value());
    }
    rebuild(currentLabel());
}

void ProfileSwitcher::rebuild(const QString &keepLabel)
{
    QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const QList<profiles::SessionProfile> noSessions;
    for (const profiles::SessionProfile &session : m_directory ? m_directory->sessionProfiles() : noSessions)
        m_combo->addItem(tr("%1 — %2").arg(session.label, domainOf(session.profile)), session.label);
    QStringList names = m_saved.keys();
    names.sort();
    for (const QString &name : std::as_const(names))
        m_combo->addItem(tr("%1 — %2").arg(name, domainOf(m_saved.value(name))), name);
    if (m_combo->count() == 0) {
        m_combo->addItem(m_savedLoaded || !m_directory ? tr("No profile (add one in Profiles)")
                                                       : tr("Loading profiles…"),
                         QString());
        m_combo->setEnabled(false);
        return;
    }
    m_combo->setEnabled(true);
    const int keep = m_combo->findData(keepLabel);
    m_combo->setCurrentIndex(keep >= 0 ? keep : 0);
    if (m_combo->currentData().toString() != keepLabel) {
        blocker.unblock(); // the current profile changed: tell the views
        emit currentProfileChanged(currentLabel(), currentProfile().value_or(profiles::Profile{}));
    }
}

bool ProfileSwitcher::selectProfile(const QString &label)
{
    const int index = m_combo->findData(label);
    if (index < 0 || label.isEmpty())
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

QString ProfileSwitcher::currentLabel() const
{
    return m_combo->currentData().toString();
}

std::optional<profiles::Profile> ProfileSwitcher::profileFor(const QString &label) const
{
    if (const auto *session = m_directory ? m_directory->sessionProfile(label) : nullptr)
        return session->profile;
    if (m_saved.contains(label))
        return m_saved.value(label);
    return std::nullopt;
}

std::optional<profiles::Profile> ProfileSwitcher::currentProfile() const
{
    return profileFor(currentLabel());
}

QString ProfileSwitcher::labelForIssuer(const QUrl &issuer) const
{
    const QUrl wanted = normalised(issuer);
    for (const QString &label : labels()) {
        const auto profile = profileFor(label);
        if (profile && normalised(profile->issuer) == wanted)
            return label;
    }
    return {};
}

QStringList ProfileSwitcher::labels() const
{
    QStringList labels;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (const QString label = m_combo->itemData(i).toString(); !label.isEmpty())
            labels << label;
    }
    return labels;
}

} // namespace orglens::widgets
