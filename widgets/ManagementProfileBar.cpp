#include "ManagementProfileBar.h"

#include "ManagementConnection.h"
#include "ProfilePicker.h"
#include "StatusColours.h"
#include "profiles/ProfileDirectory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace orglens::widgets {

ManagementProfileBar::ManagementProfileBar(ManagementConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_picker(new QComboBox(this)), m_state(new QLabel(this)),
      m_note(new QLabel(this))
{
    m_picker->setObjectName(QStringLiteral("managementProfileCombo"));
    m_picker->setAccessibleName(tr("Profile"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_picker->setMinimumContentsLength(16);
    m_state->setObjectName(QStringLiteral("managementStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("windowProfileNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    auto *label = new QLabel(tr("&Profile:"), this);
    label->setBuddy(m_picker);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_picker);
    row->addWidget(m_state, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(m_picker, &QComboBox::activated, this, [this] {
        const auto key = m_picker->currentData().value<profiles::ProfileKey>();
        // Picked here, it is the whole window's profile: the note below says so while it is in use.
        m_pickedHere = key != m_connection->profileKey() ? key : m_pickedHere;
        m_connection->setProfileKey(key);
    });
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
    const bool pickedHere = !m_pickedHere.isNull() && m_pickedHere == m_connection->profileKey();
    m_note->setText(pickedHere ? tr("Also the window's profile now: every view works with %1 (tenant %2).")
                                     .arg(m_pickedHere.name, m_connection->profile().issuer.authority())
                               : QString());
    m_note->setVisible(pickedHere);
    m_picker->setEnabled(!m_connection->isHeld());
    m_picker->setToolTip(m_connection->isHeld() ? ManagementConnection::heldNotice()
                                                : tr("The window's profile: a profile chosen here is used by every "
                                                     "view."));
    // What is missing (no M2M application, no secret) is said here once, for every management view.
    const auto state = m_connection->state();
    setErrorStyle(m_state, state == ManagementConnection::State::NoManagementApp ||
                               state == ManagementConnection::State::MissingSecret ||
                               state == ManagementConnection::State::SecretError);
}

} // namespace orglens::widgets
