#pragma once

#include "Confirmation.h"

#include "common/OperationTracker.h"
#include "explain/Diagnosis.h"
#include "management/AuditLog.h"
#include "profiles/ProfileDirectory.h"
#include "secrets/Secret.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace orglens::explain {
class TenantEvidenceFetcher;
struct TenantEvidenceRequest;
} // namespace orglens::explain
namespace orglens::management {
class DefaultOrgEditor;
class ManagementClient;
} // namespace orglens::management

namespace orglens::widgets {

class ActivityIndicator;
class GeneratedActionsDialog;
class ManagementConnection;
class ManagementProfileBar;

// Why does this token lack org_id: the verdict (has org_id / lacks it) on top, then the explain engine's findings
// most likely first, each with its confidence, the evidence (supports / rules out / missing), the fix in steps and
// a button per action OrgLens can carry out. Set default_org_id and fetching tenant evidence run here (through the
// shared Management API connection); logging in again and the token exchange are signals the main window routes to
// the Login view; tenant settings pages open in the browser after a confirmation. Beside the verdict: the generated
// Auth0 Actions for the profile (GeneratedActionsDialog) and the hand-off report export (core's writeSupportReport).
class ExplainView : public QWidget {
    Q_OBJECT

public:
    explicit ExplainView(ManagementConnection *connection, QWidget *parent = nullptr);
    ~ExplainView() override;

    // Asks the user to confirm; returns true to go ahead. Tests replace it (no modal dialogs).
    void setConfirmation(ConfirmFunction confirm) { m_confirm = std::move(confirm); }
    // Opens a URL (default: QDesktopServices::openUrl). Tests replace it.
    void setUrlOpener(std::function<bool(const QUrl &url)> open) { m_openUrl = std::move(open); }
    // Asks where to save the hand-off report (suggested file name given); an empty answer cancels. Default: a file
    // dialog offering Markdown (.md) and JSON (.json). Tests replace it (no modal dialogs).
    void setReportPathChooser(std::function<QString(const QString &suggestedPath)> choose)
    {
        m_chooseReportPath = std::move(choose);
    }
    // Where "Use the inspector's token" takes its token from; the button shows only when set.
    void setCurrentTokenSource(std::function<QString()> source);

    const std::optional<explain::Diagnosis> &diagnosis() const { return m_diagnosis; }
    QString tokenText() const;
    // The token as the engine reads it: no "Bearer ", no whitespace around or inside (the input when it is no token).
    QString normalisedToken() const;

public slots:
    void setProfile(const orglens::profiles::Profile &profile, const orglens::Secret &managementSecret);
    // Puts the token into the input and explains it (tenant evidence of an earlier token is dropped).
    void explainToken(const QString &token);
    // Explains the token in the input.
    void explain();
    void useCurrentToken();
    // Fetches the tenant evidence for the token in the input, then explains it again.
    void fetchTenantEvidence();
    // Carries out one of the findings' actions (what its button does).
    void triggerAction(const orglens::explain::FixAction &action);
    // Shows the Post-Login and Custom Token Exchange Actions generated from the current profile (non-modal).
    void showGeneratedActions();
    // Asks for a file (the path chooser) and exports the report there with the "Include tokens" choice.
    void chooseAndExportReport();
    // Writes the hand-off report of the shown diagnosis to `path` (JSON if it ends with .json, else Markdown),
    // with the token values only when includeTokens. Atomic: on failure no file is left. Says the outcome in the
    // status line; returns whether it was written.
    bool exportReport(const QString &path, bool includeTokens);

signals:
    void statusMessage(const QString &message);
    // A diagnosis is shown (after Explain, new tenant evidence or a fix).
    void diagnosed();
    // Log in again with organization=… (Pkce, Device or ClientCredentials); the main window shows the Login view.
    void loginWithOrganizationRequested(orglens::oauth::Flow flow, const QString &organization);
    // Run the token exchange for this token (organization may be empty).
    void exchangeRequested(const QString &token, const QString &organization);
    // A tenant settings page was opened.
    void tenantSettingsOpened(const QUrl &url);
    // SetDefaultOrg was applied and verified.
    void defaultOrgChanged(const orglens::management::AuditEntry &entry);
    // Check the tenant's org_id pipeline for this user (empty: no user in the token) with the doctor.
    void tenantCheckRequested(const QString &userId);

private:
    void followConnection();
    void showDiagnosis();
    QWidget *findingCard(const explain::Finding &finding, int index, bool offerActions);
    void setDefaultOrg(const QString &userId, const QString &orgId);
    void openTenantSettings(const QUrl &url);
    void setStatus(const QString &text, bool error = false);
    void setBusy(bool busy);

    // Tenant evidence reads (cancellable) and the default-organization check before the change (cancellable; the
    // write itself is not), shown by the activity indicators.
    void startFetch(const explain::TenantEvidenceRequest &request);
    void makeEditor();
    void operationCancelled();

    ManagementConnection *m_connection;
    OperationSlot m_fetching;
    OperationSlot m_settingOrg;
    ActivityIndicator *m_activity = nullptr;
    ManagementProfileBar *m_bar;
    explain::TenantEvidenceFetcher *m_fetcher = nullptr;
    management::DefaultOrgEditor *m_editor = nullptr;
    management::ManagementClient *m_client = nullptr; // the editor's and the fetcher's
    profiles::ProfileKey m_profileKey;
    ConfirmFunction m_confirm;
    std::function<bool(const QUrl &)> m_openUrl;
    std::function<QString()> m_currentToken;
    std::function<QString(const QString &)> m_chooseReportPath;
    explain::TenantEvidence m_evidence; // for m_evidenceToken
    QString m_evidenceToken;
    QString m_statusBeforeFetch;                  // shown before the fetch result (e.g. what a fix changed)
    std::optional<explain::ExplainInput> m_input; // what m_diagnosis was made from (for the report)
    std::optional<explain::Diagnosis> m_diagnosis;
    QString m_decodeError; // why the input is no token (then there is no diagnosis)
    QPointer<GeneratedActionsDialog> m_actionsDialog;
    bool m_busy = false;

    QPlainTextEdit *m_token;
    QPushButton *m_explain;
    QPushButton *m_useCurrent;
    QPushButton *m_fetch;
    QPushButton *m_generateActions;
    QPushButton *m_checkTenant;
    QCheckBox *m_includeTokens;
    QPushButton *m_exportReport;
    QLabel *m_verdict;
    QLabel *m_inputNotes; // how the input was read ("Removed line breaks/spaces inside the token.")
    QScrollArea *m_scroll;
    QWidget *m_findings;
    QVBoxLayout *m_findingsLayout;
    QLabel *m_status;
};

} // namespace orglens::widgets
