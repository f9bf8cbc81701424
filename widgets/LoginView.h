#pragma once

#include "AppContext.h"
#include "explain/ExchangeProposal.h"
#include "oauth/OAuthResponses.h"
#include "oauth/TokenOperation.h"
#include "profiles/ProfileDirectory.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace orglens {
class OperationTracker;
class PendingOperation;
} // namespace orglens

namespace orglens::widgets {

class ActivityIndicator;
class ExchangeDialog;
class RunCaption;

// Login: pick a profile, a flow (device authorization, authorization code + PKCE, client credentials) and its
// parameters, then Start. The device flow shows the user code large, a QR code of the verification URL and a
// countdown; PKCE waits for the browser with Cancel. Every flow runs in core (OAuthClient), asynchronously; results
// are recorded in the session history and handed to the token inspector. The result says which login on which tenant
// it came from, and is greyed (no exchange) once a later login failed or another profile is chosen. "Exchange this
// token" shows the exchange's parameters (proposed from the token and the profile) for a look, runs the profile's
// token exchange on the access token and asks for the before/after diff.
class LoginView : public QWidget {
    Q_OBJECT
public:
    using Flow = oauth::Flow; // the view offers Device, Pkce and ClientCredentials

    explicit LoginView(const AppContext &context, QWidget *parent = nullptr);
    ~LoginView() override;

    bool selectProfile(const QString &label);
    void setFlow(Flow flow);
    // Prepares a new login (e.g. the Explain view's "log in with organization"): flow, organization and login hint
    // set (an earlier login's hint is cleared unless one is given), Start focused; nothing starts before the user
    // presses it.
    void prepareLogin(Flow flow, const QString &organization, const QString &loginHint = {});
    // Opens the browser by itself when PKCE has its URL (on by default; tests turn it off).
    void setOpenBrowserAutomatically(bool open) { m_openBrowserAutomatically = open; }
    // Opens a URL in the browser; false when it could not (default: QDesktopServices; tests replace it).
    void setBrowserOpener(std::function<bool(const QUrl &)> open) { m_openBrowser = std::move(open); }
    // Shows the exchange's parameters before it is sent; true to send what the dialog holds (default: the dialog,
    // modal; tests replace it).
    void setExchangeReview(std::function<bool(ExchangeDialog &dialog)> review) { m_reviewExchange = std::move(review); }

    // A flow, a token request or the secret read before one is running (shown busy, with Cancel and Esc).
    bool isRunning() const { return !m_operation.isNull() || !m_pending.isNull(); }
    oauth::TokenOperation *currentOperation() const { return m_operation; }
    const std::optional<oauth::TokenResult> &lastResult() const { return m_lastResult; }

public slots:
    void start();
    void cancel();
    // Exchanges the last login's access token after showing what is sent: the organization the token names (the
    // button), or the given one (a fix from the Explain view names the organization it is about; empty: none).
    // Never the login form's fields: they belong to the next login.
    void exchangeLastToken();
    void exchangeLastToken(const QString &organization);

signals:
    // A flow produced a token (the access token, or the ID token when there is no access token).
    void tokenObtained(const QString &token);
    // A token exchange finished: show the subject token against the issued token.
    void diffRequested(const QString &before, const QString &after);
    void statusMessage(const QString &message);

private:
    struct ResolvedProfile {
        profiles::ProfileKey key;
        profiles::Profile profile;
    };
    using SecretCallback = std::function<void(const Secret &secret, const QString &error)>;
    // Which login on which profile a result came from.
    struct Run {
        Flow flow = Flow::Device;
        profiles::ProfileKey key;
        QString label;
        QUrl issuer;
    };

    QLineEdit *addParameter(QFormLayout *form, const QString &objectName, const QString &label,
                            const QString &placeholder);
    QWidget *buildDevicePage();
    QWidget *buildPkcePage();
    QWidget *buildIdlePage();
    QGroupBox *buildResultBox();
    void reloadProfiles();
    std::optional<ResolvedProfile> currentProfile(QString *error = nullptr) const;
    void applyProfileDefaults();
    void updateControls();
    // The result belongs to the profile chosen now and no later login failed: it may be exchanged.
    bool resultIsCurrent() const;
    void showResultContext();
    // Shows the exchange's parameters (the token's organization, or `organization` when given), then sends it.
    void exchange(const std::optional<QString> &organization);
    // Reads a client secret; the callback is dropped when `context` is destroyed first (a cancelled operation).
    void readSecret(const ResolvedProfile &profile, profiles::SecretKind kind, QObject *context, SecretCallback done);
    // Registers the running login with the tracker (Cancel and Esc call cancel()); endOperation() ends it.
    void beginOperation(const QString &label);
    void setOperationLabel(const QString &label);
    void endOperation();
    void startDevice(const profiles::Profile &profile);
    void startPkce(const profiles::Profile &profile);
    void startClientCredentials(const ResolvedProfile &profile);
    void watch(oauth::TokenOperation *operation);
    void showDeviceAuthorization(const oauth::DeviceAuthorization &authorization);
    void updateCountdown();
    void finished(const oauth::TokenResult &result);
    void exchangeFinished(const QString &subjectToken, const oauth::TokenResult &result);
    void showStatus(const QString &text);
    void showError(const QString &text);
    void openInBrowser(const QUrl &url);

    AppContext m_context;
    QPointer<oauth::TokenOperation> m_operation;
    QPointer<PendingOperation> m_pending; // what the activity indicators show
    std::optional<oauth::TokenResult> m_lastResult;
    Run m_run;                       // the login running or last run
    Run m_resultRun;                 // the login m_lastResult came from
    bool m_resultSuperseded = false; // a later login failed
    std::function<bool(const QUrl &)> m_openBrowser;
    std::function<bool(ExchangeDialog &)> m_reviewExchange;
    QDateTime m_deviceExpiry;
    QUrl m_verificationUrl;
    bool m_openBrowserAutomatically = true;

    QComboBox *m_profile = nullptr;
    QComboBox *m_flow = nullptr;
    QLineEdit *m_audience = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_connection = nullptr;
    QComboBox *m_prompt = nullptr;
    QLineEdit *m_loginHint = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    ActivityIndicator *m_activity = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_idlePage = nullptr;
    QWidget *m_devicePage = nullptr;
    QWidget *m_pkcePage = nullptr;
    QLabel *m_userCode = nullptr;
    QPushButton *m_copyCode = nullptr;
    QLabel *m_qrCode = nullptr;
    QLabel *m_verificationUri = nullptr;
    QPushButton *m_openDeviceBrowser = nullptr;
    QLabel *m_countdown = nullptr;
    QTimer *m_countdownTimer = nullptr;
    QProgressBar *m_pkceProgress = nullptr;
    QLabel *m_pkceState = nullptr;
    QLineEdit *m_authorizationUrl = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QPushButton *m_openPkceBrowser = nullptr;
    QLabel *m_flowNote = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QGroupBox *m_resultBox = nullptr;
    RunCaption *m_resultCaption = nullptr;
    QLabel *m_resultSummary = nullptr;
    QPushButton *m_openAccessToken = nullptr;
    QPushButton *m_openIdToken = nullptr;
    QPushButton *m_exchange = nullptr;
};

} // namespace orglens::widgets
