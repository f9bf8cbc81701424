#pragma once

#include "Confirmation.h"
#include "common/OperationTracker.h"
#include "profiles/Profile.h"
#include "secrets/Secret.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace orglens::management {
class DefaultOrgEditor;
class ManagementClient;
class UserTableModel;
} // namespace orglens::management

namespace orglens::widgets {

class ActivityIndicator;
class ManagementConnection;
class RunCaption;

// Management API users: search, a results table, the selected user's app_metadata and organizations, and a
// default-organization combo (organizations the user is not a member of are greyed out) saved after a
// confirmation that shows before -> after. Changes go through DefaultOrgEditor (one key PATCHed, read back,
// audited). The results say which search on which tenant they show; a new list (a search, another profile) clears
// the details and Save until a user is selected in it.
class UsersView : public QWidget {
    Q_OBJECT

public:
    explicit UsersView(QWidget *parent = nullptr);
    // Follows the connection's profile, with a profile picker on top and an empty state while it has no client.
    explicit UsersView(ManagementConnection *connection, QWidget *parent = nullptr);
    ~UsersView() override;

    // The client to use (not owned); profileName is recorded in the audit log.
    void setClient(management::ManagementClient *client, const QString &profileName);
    ManagementConnection *connection() const { return m_connection; }
    // Asks the user to confirm a change; returns true to go ahead. Tests replace it (no modal dialogs).
    void setConfirmation(ConfirmFunction confirm) { m_confirm = std::move(confirm); }

    management::UserTableModel *model() const { return m_model; }
    ActivityIndicator *activityIndicator() const { return m_activity; }

public slots:
    // Uses this profile (through the connection; the secret is read from the secret store when empty).
    void setProfile(const orglens::profiles::Profile &profile, const orglens::Secret &managementSecret);
    void search();
    void save();

signals:
    // A lookup or a save finished (message for the status line).
    void statusChanged(const QString &message);

private:
    void showUser(const QJsonObject &user);
    void fillOrganizations();
    void setStatus(const QString &message);
    void followConnection();
    // Starts a tracked operation of this view in `slot`; Cancel and Esc end it with "Cancelled." and the controls
    // back. The operation is the context of its requests, so cancelling aborts them.
    PendingOperation *track(OperationSlot &slot, const QString &label);
    void updateControls();

    ManagementConnection *m_connection = nullptr;
    management::ManagementClient *m_client = nullptr;
    management::DefaultOrgEditor *m_editor = nullptr;
    OperationTracker *m_operations = nullptr;
    OperationSlot m_searching;
    OperationSlot m_loadingUser;
    OperationSlot m_saving;
    management::UserTableModel *m_model;
    ConfirmFunction m_confirm;
    QJsonObject m_user;
    QJsonArray m_userOrganizations;
    QJsonArray m_allOrganizations;
    QString m_profileLabel; // of the client, for the results caption

    QLineEdit *m_searchEdit;
    QPushButton *m_searchButton;
    RunCaption *m_resultCaption;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QListWidget *m_organizations;
    QComboBox *m_defaultOrg;
    QPushButton *m_saveButton;
    QLabel *m_status;
    QLabel *m_emptyState;
    ActivityIndicator *m_activity;
};

} // namespace orglens::widgets
