#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace orglens::widgets {

class ManagementConnection;

// The top row of the management views: a profile picker (session profiles, then saved ones) bound to the shared
// ManagementConnection, and a line that says which tenant is in use or what is missing (no M2M application, no
// secret and where to set it). Every view's bar follows the same connection.
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
};

} // namespace orglens::widgets
