#pragma once

#include "profiles/ProfileDirectory.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace orglens::widgets {

class ManagementConnection;

// The top row of the management views: a profile picker (session profiles, then saved ones) bound to the shared
// ManagementConnection, and a line that says which tenant is in use or what is missing (no M2M application, no
// secret and where to set it). Every view's bar follows the same connection, which is the window's profile: a
// profile picked here changes it for every view, and a note under the bar says so.
class ManagementProfileBar : public QWidget {
    Q_OBJECT

public:
    explicit ManagementProfileBar(ManagementConnection *connection, QWidget *parent = nullptr);

    QComboBox *picker() const { return m_picker; }

private:
    void reload();
    void fill();
    void showState();

    ManagementConnection *m_connection;
    QComboBox *m_picker;
    QLabel *m_state;
    QLabel *m_note;
    profiles::ProfileKey m_pickedHere; // the profile last picked in this bar (not the window's switcher)
};

} // namespace orglens::widgets
