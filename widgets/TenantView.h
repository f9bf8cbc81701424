#pragma once

#include "common/OperationTracker.h"
#include "doctor/DoctorReport.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace orglens::doctor {
class Doctor;
struct DoctorRequest;
} // namespace orglens::doctor
namespace orglens::management {
class ManagementClient;
}

namespace orglens::widgets {

class ActivityIndicator;
class ManagementConnection;
class ManagementProfileBar;
class ProbeDialog;
class RepairDialog;
class RunCaption;
enum class StatusHue;

// A checklist status as every view shows it: a mark that does not depend on colour, and its hue.
QString doctorStatusText(doctor::StepStatus status, bool critical = false);
StatusHue doctorStatusHue(doctor::StepStatus status);

// The tenant doctor for the chosen profile: "Check tenant" reads the tenant's org_id pipeline (read scopes only) and
// shows the checklist, one row per step with its status, and the selected row's evidence and fix beside it; a
// summary line on top, in a critical style when the report is critical. "Run probes…" explains each probe and runs
// only the ones the user ticks; their outcomes (the decoded claims of an issued token) follow the steps. The
// caption says which profile and when, and greys with the results when another profile is chosen. Everything shown
// is what the DoctorReport says: the view holds no knowledge of its own about the tenant.
class TenantView : public QWidget {
    Q_OBJECT

public:
    explicit TenantView(ManagementConnection *connection, QWidget *parent = nullptr);
    ~TenantView() override;

    // Shows the probe dialog; true to run what is ticked. Tests replace it (they tick boxes, no modal dialog).
    void setProbeReview(std::function<bool(ProbeDialog &dialog)> review) { m_reviewProbes = std::move(review); }
    const std::optional<doctor::DoctorReport> &report() const { return m_report; }
    QString userId() const;
    bool isRunning() const { return m_running.isRunning(); }

public slots:
    void setUserId(const QString &userId);
    // Reads the tenant and shows the checklist (no probe).
    void check();
    // Asks which probes to run (ProbeDialog), then checks the tenant with them.
    void chooseProbes();
    // Checks the tenant for this user (the Explain view's hand-off).
    void checkUser(const QString &userId);
    // Opens the repair of the checked tenant (RepairDialog) for the checked user.
    void repair();

signals:
    void statusMessage(const QString &message);
    // A check finished and its report is shown.
    void checked(const orglens::doctor::DoctorReport &report);
    // The repair dialog was opened (for tests and the screenshot tour).
    void repairOpened(orglens::widgets::RepairDialog *dialog);
    // The repair dialog's "Prove it with a device login…": a device login with this login hint (may be empty).
    void deviceLoginRequested(const QString &loginHint);

private:
    void followConnection();
    void markResultsOfOtherProfiles();
    bool showsCurrentProfile() const;
    void start(const doctor::DoctorRequest &request, const QString &run);
    void stopDoctor();
    void showReport(const doctor::DoctorReport &report);
    void showSummary();
    void showDetails();
    void updateControls();
    void setStatus(const QString &text, bool error = false);

    ManagementConnection *m_connection;
    ManagementProfileBar *m_bar;
    management::ManagementClient *m_client = nullptr;
    doctor::Doctor *m_doctor = nullptr; // the run in progress
    OperationSlot m_running;
    std::function<bool(ProbeDialog &)> m_reviewProbes;
    std::optional<doctor::DoctorReport> m_report;

    QLineEdit *m_user;
    QPushButton *m_check;
    QPushButton *m_probes;
    QPushButton *m_repair;
    ActivityIndicator *m_activity;
    RunCaption *m_caption;
    QLabel *m_summary;
    QTreeWidget *m_steps;
    QTextBrowser *m_details;
    QLabel *m_status;
};

} // namespace orglens::widgets
