#pragma once

#include "Confirmation.h"
#include "common/OperationTracker.h"
#include "management/AuditLog.h"
#include "profiles/Profile.h"
#include "secrets/Secret.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace orglens::management {
class DefaultOrgEditor;
class ManagementClient;
} // namespace orglens::management

namespace orglens::widgets {

class ActivityIndicator;
class AuditTableModel;
class ManagementConnection;
class ManagementProfileBar;

// The audit log of default_org_id changes and repairs (newest first: time, tenant, user, before -> after or the
// repair's steps, source, client) with Undo of the selected entry after a confirmation. DefaultOrgEditor (a
// default_org_id change) or RepairRunner (a repair, last step first) refuses when the tenant was changed since the
// entry; the view then offers to undo anyway (Force) with a second confirmation. The list is read again when the
// view is shown, on Refresh (F5) and after an undo.
class AuditView : public QWidget {
    Q_OBJECT

public:
    explicit AuditView(ManagementConnection *connection, QWidget *parent = nullptr);
    ~AuditView() override;

    // Asks the user to confirm; returns true to go ahead. Tests replace it (no modal dialogs).
    void setConfirmation(ConfirmFunction confirm) { m_confirm = std::move(confirm); }
    AuditTableModel *model() const { return m_model; }
    // Selects the entry with this id; false when it is not listed.
    bool selectEntry(const QString &id);

public slots:
    void setProfile(const orglens::profiles::Profile &profile, const orglens::Secret &managementSecret);
    void refresh();
    void undoSelected();

signals:
    void statusMessage(const QString &message);
    // An undo was applied and verified; `entry` is the new audit entry.
    void undone(const orglens::management::AuditEntry &entry);
    // An undo was refused or failed (for tests and the status bar).
    void undoFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void followConnection();
    void updateControls();
    void setStatus(const QString &text, bool error = false);
    void runUndo(const management::AuditEntry &entry, bool force);
    void runRepairUndo(const management::AuditEntry &entry, bool force);
    // After an undo: the new entry listed and selected, the view says so.
    void showUndone(const management::AuditEntry &undo, const QString &message);

    ManagementConnection *m_connection;
    ManagementProfileBar *m_bar;
    management::DefaultOrgEditor *m_editor = nullptr;
    management::ManagementClient *m_client = nullptr; // the editor's
    ConfirmFunction m_confirm;
    bool m_busy = false;
    OperationSlot m_undoing;
    ActivityIndicator *m_activity = nullptr;

    AuditTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_refresh;
    QPushButton *m_undo;
    QLabel *m_emptyState;
    QLabel *m_status;
};

} // namespace orglens::widgets
