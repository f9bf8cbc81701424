#pragma once

#include "Confirmation.h"
#include "common/OperationTracker.h"
#include "management/BulkJob.h"
#include "profiles/Profile.h"
#include "secrets/Secret.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace orglens::management {
class ManagementClient;
} // namespace orglens::management

namespace orglens::widgets {

class BulkResultModel;
class ManagementConnection;
class ManagementProfileBar;
class RunCaption;

// Bulk default organization: choose a CSV (user_id,org_id or email,org_id), see the validation report (every bad
// row with its line and reason; nothing is changed while one is left) or the plan (the dry run), Apply after a
// confirmation with a progress bar (done/total, rate, ETA) and Cancel, then the per-row results, exportable as
// CSV. Reading the file, validation and the run are BulkJob's, with its write-ahead journal next to the CSV
// (<file>.journal), so a cancelled or interrupted run is resumed by applying the same file again. The table says which
// run on which tenant it shows, and is greyed once another profile is chosen.
class BulkView : public QWidget {
    Q_OBJECT

public:
    explicit BulkView(ManagementConnection *connection, QWidget *parent = nullptr);
    ~BulkView() override;

    // Asks the user to confirm; returns true to go ahead. Tests replace it (no modal dialogs).
    void setConfirmation(ConfirmFunction confirm) { m_confirm = std::move(confirm); }

    BulkResultModel *model() const { return m_model; }
    bool isRunning() const { return m_running; }
    QString csvFile() const;
    QString journalPath() const;
    // The journal exists: Apply continues the earlier run.
    bool resumes() const;

public slots:
    void setProfile(const orglens::profiles::Profile &profile, const orglens::Secret &managementSecret);
    // Sets the CSV file and validates it.
    void openCsv(const QString &path);
    void chooseCsv();
    void validate();
    void apply();
    void cancel();
    // Writes the table as CSV; false (and a message) when the file cannot be written.
    bool exportCsv(const QString &path);
    void chooseExportFile();

signals:
    void statusMessage(const QString &message);
    // A validation or a run ended (for tests and the status bar).
    void validated(bool ok);
    void runFinished(const orglens::management::BulkSummary &summary);

private:
    void followConnection();
    // The table now shows `run` ("Dry run", "Bulk run") on the connection's tenant.
    void captionResults(const QString &run);
    // Greys the table when it belongs to another profile than the connection's.
    void markResultsOfOtherProfiles();
    void setSummary(const QString &text, bool error = false);
    void updateControls();
    void showProgress(int done, int total);
    void finished(const management::BulkSummary &summary);

    ManagementConnection *m_connection;
    ManagementProfileBar *m_bar;
    QPointer<management::BulkJob> m_job;
    management::ManagementClient *m_client = nullptr; // the job's
    ConfirmFunction m_confirm;
    std::optional<management::BulkFile> m_csv;  // the file as validated
    std::optional<management::BulkPlan> m_plan; // valid plan of the file as validated
    bool m_validating = false;
    bool m_running = false;
    bool m_cancelling = false;
    OperationSlot m_run; // the run as the status bar shows it (with Cancel)
    QElapsedTimer m_runClock;
    int m_generation = 0;

    BulkResultModel *m_model;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QCheckBox *m_allowNonMember;
    QSpinBox *m_concurrency;
    QPushButton *m_validate;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    RunCaption *m_resultCaption;
    QTableView *m_table;
};

} // namespace orglens::widgets
