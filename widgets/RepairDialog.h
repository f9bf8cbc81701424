#pragma once

#include "common/OperationTracker.h"
#include "doctor/DoctorReport.h"
#include "repair/RepairPlan.h"
#include "repair/RepairRunner.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QVBoxLayout;

namespace orglens::doctor {
class Doctor;
}
namespace orglens::repair {
class RepairPlanner;
}

namespace orglens::widgets {

class ManagementConnection;

// The repair of the tenant's org_id pipeline, from plan to proof. It plans (RepairPlanner: the doctor plus what each
// step would replace) and lists the steps with the exact requests of the selected one; the conflicting bindings are
// unticked boxes (never removed silently), the position of OrgLens's binding and the user's default organization are
// choices. Apply is the confirmation: the dialog names the tenant and profile it writes to and lists every step.
// The steps run one by one (RepairRunner, not cancellable: a write in flight cannot be taken back), then the doctor
// runs again and its report is shown beside the one before. "Prove it with a device login…" hands over to the Login
// view. The connection is held while the dialog is open, so that the profile it plans for stays the one it writes to.
class RepairDialog : public QDialog {
    Q_OBJECT

public:
    // `userId` (optional) is the user whose default organization is checked; `probeActions`: the doctor's Action
    // probe before and after, as the Tenant view's check ran it.
    RepairDialog(ManagementConnection *connection, const QString &userId, bool probeActions, QWidget *parent = nullptr);
    ~RepairDialog() override;

    const std::optional<repair::RepairPlan> &plan() const { return m_plan; }
    const std::optional<repair::RepairOutcome> &outcome() const { return m_outcome; }
    const std::optional<doctor::DoctorReport> &reportAfter() const { return m_after; }
    bool isWriting() const { return m_writing.isRunning(); }

public slots:
    void apply();
    void reject() override;

signals:
    // The plan is shown (or planning failed: plan() is empty and the status says why).
    void planned();
    // The repair finished (applied, or stopped: outcome() says which).
    void applied(const orglens::repair::RepairOutcome &outcome);
    // The doctor ran again after the repair; before/after are shown.
    void rechecked(const orglens::doctor::DoctorReport &after);
    // "Prove it with a device login": a device login for this user (the login hint: their e-mail, if known).
    void deviceLoginRequested(const QString &loginHint);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void startPlanning();
    void showPlan();
    void showSteps();
    void showConflicts();
    void showPositions();
    void showRequests();
    void choose();
    void showOutcome(const repair::RepairOutcome &outcome);
    void recheck();
    void showComparison();
    void updateControls();
    void setStatus(const QString &text, bool error = false);
    QString tenantText() const;
    void releaseConnection();

    ManagementConnection *m_connection;
    QString m_userId;
    bool m_probeActions;
    bool m_holding = false;
    repair::RepairPlanner *m_planner = nullptr;
    repair::RepairRunner *m_runner = nullptr;
    doctor::Doctor *m_doctor = nullptr;
    std::optional<repair::RepairPlan> m_plan;
    std::optional<repair::RepairOutcome> m_outcome;
    std::optional<doctor::DoctorReport> m_after;
    OperationSlot m_planning;
    OperationSlot m_writing;
    OperationSlot m_checking;

    QLabel *m_target;
    QStackedWidget *m_pages;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_requests;
    QWidget *m_conflictBox;
    QVBoxLayout *m_conflictList;
    QLabel *m_noConflicts;
    QList<QWidget *> m_conflictRows; // a box and its reason each
    QList<QCheckBox *> m_conflicts;
    QComboBox *m_position;
    QCheckBox *m_defaultOrg;
    QLabel *m_missingScopes;
    QLabel *m_outcomeText;
    QTreeWidget *m_comparison;
    QLabel *m_proofHint;
    QPushButton *m_prove;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_close;
};

} // namespace orglens::widgets
