#include "ManagementProfileBar.h"

#include "ManagementConnection.h"
#include "ProfilePicker.h"
#include "StatusColours.h"
#include "profiles/ProfileDirectory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace orglens::widgets {

ManagementProfileBar::ManagementProfileBar(ManagementConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_picker(new QComboBox(this)), m_state(new QLabel(this))
{
    m_picker->setObjectName(QStringLiteral("managementProfileCombo"));
    m_picker->setAccessibleName(tr("Profile"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumContentsLength(16);
    m_state->setObjectName(QStringLiteral("managementStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_picker);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_picker);
    layout->addWidget(m_state, 1);

    connect(m_picker, &QComboBox::activated, this,
            [this] { m_connection->setProfileKey(m_picker->currentData().value<profiles::ProfileKey>()); });
    connect(m_connection, &ManagementConnection::changed, this, &ManagementProfileBar::showState);
    if (auto *directory = m_connection->context().directory)
        connect(directory, &profiles::ProfileDirectory::changed, this, &ManagementProfileBar::reload);
    reload();
}

void ManagementProfileBar::reload()
{
    fill();
    showState();
}

void ManagementProfileBar::fill()
{
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    m_picker->addItem(tr("(choose a profile)"), QVariant::fromValue(profiles::ProfileKey()));
    if (auto *directory = m_connection->context().directory)
        addProfileItems(m_picker, *directory);
}

void ManagementProfileBar::showState()
{
    // Session profiles may be added after the bar was built (orglens --demo).
    const QVariant inUse = QVariant::fromValue(m_connection->profileKey());
    if (m_picker->findData(inUse) < 0)
        fill();
    const QSignalBlocker blocker(m_picker);
    m_picker->setCurrentIndex(std::max(0, m_picker->findData(inUse)));
    m_state->setText(m_connection->message());
    m_picker->setEnabled(!m_connection->isHeld());
    m_picker->setToolTip(m_connection->isHeld() ? tr("A bulk run is using this profile; it can be changed when the "
                                                     "run ends.")
                                                : QString());
    // What is missing (no M2M application, no secret) is said here once, for every management view.
    const auto state = m_connection->state();
    setErrorStyle(m_state, state == ManagementConnection::State::NoManagementApp ||
                               state == ManagementConnection::State::MissingSecret ||
                               state == ManagementConnection::State::SecretError);
}

} // namespace orglens::widgets
