#include "LoginView.h"

#include "ActivityIndicator.h"
#include "ExchangeDialog.h"
#include "ProfilePicker.h"
#include "QrCode.h"
#include "RunCaption.h"
#include "StatusColours.h"
#include "common/OperationTracker.h"
#include "oauth/DeviceFlow.h"
#include "oauth/OAuthClient.h"
#include "oauth/PkceFlow.h"
#include "profiles/ProfileDirectory.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace orglens::widgets {

using profiles::Profile;
using profiles::SecretKind;

namespace {
QLabel *makeLabel(const QString &objectName, QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *makeButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}
} // namespace

LoginView::LoginView(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("loginView"));

    auto *parameters = new QGroupBox(tr("Login"), this);
    parameters->setObjectName(QStringLiteral("loginParameters"));
    auto *form = new QFormLayout(parameters);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_profile = new QComboBox(parameters);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *profileLabel = new QLabel(tr("&Profile:"), parameters);
    profileLabel->setObjectName(QStringLiteral("profileComboLabel"));
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, m_profile);
    m_flow = new QComboBox(parameters);
    m_flow->setObjectName(QStringLiteral("flowCombo"));
    m_flow->addItem(tr("Device authorization (code on another device)"), int(Flow::Device));
    m_flow->addItem(tr("Authorization code + PKCE (this computer's browser)"), int(Flow::Pkce));
    m_flow->addItem(tr("Client credentials (machine-to-machine application)"), int(Flow::ClientCredentials));
    auto *flowLabel = new QLabel(tr("&Flow:"), parameters);
    flowLabel->setObjectName(QStringLiteral("flowComboLabel"));
    flowLabel->setBuddy(m_flow);
    form->addRow(flowLabel, m_flow);
    m_audience = addParameter(form, QStringLiteral("loginAudienceEdit"), tr("&Audience:"), tr("API identifier"));
    m_scope = addParameter(form, QStringLiteral("loginScopeEdit"), tr("&Scope:"), tr("openid profile email"));
    m_organization = addParameter(form, QStringLiteral("loginOrganizationEdit"), tr("&Organization:"),
                                  tr("org_... (or a name, when the tenant allows it); optional"));
    m_connection = addParameter(form, QStringLiteral("loginConnectionEdit"), tr("Co&nnection:"),
                                tr("e.g. Username-Password-Authentication; optional"));
    m_prompt = new QComboBox(parameters);
    m_prompt->setObjectName(QStringLiteral("promptCombo"));
    m_prompt->setEditable(true);
    m_prompt->addItems({QString(), QStringLiteral("login"), QStringLiteral("consent"), QStringLiteral("none"),
                        QStringLiteral("select_account")});
    auto *promptLabel = new QLabel(tr("Pro&mpt:"), parameters);
    promptLabel->setObjectName(QStringLiteral("promptComboLabel"));
    promptLabel->setBuddy(m_prompt);
    form->addRow(promptLabel, m_prompt);
    m_loginHint =
        addParameter(form, QStringLiteral("loginHintEdit"), tr("Login &hint:"), tr("user@example.com; optional"));

    m_start = makeButton(QStringLiteral("startButton"), tr("S&tart"), this);
    m_start->setDefault(true);
    m_cancel = makeButton(QStringLiteral("cancelButton"), tr("&Cancel"), this);
    connect(m_start, &QPushButton::clicked, this, &LoginView::start);
    connect(m_cancel, &QPushButton::clicked, this, &LoginView::cancel);
    // Enter in a parameter starts (as the default button would in a dialog); Escape cancels a running flow (the
    // activity indicator's shortcut).
    for (QLineEdit *edit : {m_audience, m_scope, m_organization, m_connection, m_loginHint})
        connect(edit, &QLineEdit::returnPressed, this, &LoginView::start);
    if (!m_context.operations)
        m_context.operations = new OperationTracker(this);
    m_activity = new ActivityIndicator(m_context.operations, this, true, this);
    m_activity->setObjectName(QStringLiteral("loginActivity"));
    m_activity->setCancelButtonVisible(false); // Cancel is next to Start
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_activity);
    buttons->addStretch(1);
    form->addRow(buttons);
    // Under the form, below Start, so that Start never moves when the note comes and goes with the flow.
    m_flowNote = makeLabel(QStringLiteral("flowNote"), this);
    m_flowNote->hide();
    m_openBrowser = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_reviewExchange = [](ExchangeDialog &dialog) { return dialog.exec() == QDialog::Accepted; };

    m_status = makeLabel(QStringLiteral("loginStatus"), this);
    m_error = makeLabel(QStringLiteral("loginError"), this);
    setErrorStyle(m_error, true);
    m_error->hide();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("flowPages"));
    m_idlePage = buildIdlePage();
    m_devicePage = buildDevicePage();
    m_pkcePage = buildPkcePage();
    for (QWidget *page : {m_idlePage, m_devicePage, m_pkcePage})
        m_pages->addWidget(page);
    m_resultBox = buildResultBox();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(parameters);
    layout->addWidget(m_flowNote);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_pages, 1); // the pages end in a stretch of their own
    layout->addWidget(m_resultBox);

    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &LoginView::updateCountdown);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &LoginView::applyProfileDefaults);
    connect(m_profile, &QComboBox::currentIndexChanged, m_error, &QWidget::hide); // it was about the other profile
    connect(m_flow, &QComboBox::currentIndexChanged, this, &LoginView::applyProfileDefaults);
    connect(m_context.directory, &profiles::ProfileDirectory::changed, this, &LoginView::reloadProfiles);
    connect(m_context.directory, &profiles::ProfileDirectory::sessionProfileAdded, this,
            [this](const profiles::ProfileKey &key) { selectProfile(key.name); });
    reloadProfiles();
    showStatus(tr("Choose a profile and a flow, then Start."));
}

LoginView::~LoginView()
{
    if (m_operation)
        m_operation->cancel();
}

QLineEdit *LoginView::addParameter(QFormLayout *form, const QString &objectName, const QString &label,
                                   const QString &placeholder)
{
    auto *edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    auto *caption = new QLabel(label, form->parentWidget());
    caption->setObjectName(objectName + QStringLiteral("Label"));
    caption->setBuddy(edit);
    form->addRow(caption, edit);
    return edit;
}

QWidget *LoginView::buildIdlePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("idlePage"));
    auto *hint = makeLabel(QStringLiteral("idleHint"), page);
    hint->setText(tr("Device authorization shows a code to enter on any device with a browser. Authorization "
                     "code + PKCE opens this computer's browser and waits for it to come back. Client credentials "
                     "needs the profile's machine-to-machine client secret. Tokens stay in memory."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

QWidget *LoginView::buildDevicePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("devicePage"));
    auto *intro = makeLabel(QStringLiteral("deviceIntro"), page);
    intro->setText(tr("Open the address below on any device, or scan the QR code, and confirm this code:"));
    m_userCode = makeLabel(QStringLiteral("userCodeLabel"), page, false);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.6);
    codeFont.setBold(true);
    m_userCode->setFont(codeFont);
    m_userCode->setAccessibleName(tr("User code"));
    m_copyCode = makeButton(QStringLiteral("copyCodeButton"), tr("Cop&y code"), page);
    connect(m_copyCode, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_userCode->text());
        showStatus(tr("Copied the code."));
    });
    m_verificationUri = makeLabel(QStringLiteral("verificationUriLabel"), page);
    m_verificationUri->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_verificationUri->setOpenExternalLinks(true);
    m_openDeviceBrowser = makeButton(QStringLiteral("openDeviceBrowserButton"), tr("Open &browser"), page);
    connect(m_openDeviceBrowser, &QPushButton::clicked, this, [this] { openInBrowser(m_verificationUrl); });
    m_countdown = makeLabel(QStringLiteral("countdownLabel"), page);
    m_qrCode = new QLabel(page);
    m_qrCode->setObjectName(QStringLiteral("qrCodeLabel"));
    m_qrCode->setAccessibleName(tr("QR code of the verification address"));
    m_qrCode->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_userCode);
    codeRow->addWidget(m_copyCode);
    codeRow->addStretch(1);
    auto *details = new QVBoxLayout;
    details->addWidget(intro);
    details->addLayout(codeRow);
    details->addWidget(m_verificationUri);
    auto *browserRow = new QHBoxLayout;
    browserRow->addWidget(m_openDeviceBrowser);
    browserRow->addStretch(1);
    details->addLayout(browserRow);
    details->addWidget(m_countdown);
    details->addStretch(1);
    auto *layout = new QHBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(details);
    layout->addSpacing(24);
    layout->addWidget(m_qrCode);
    layout->addStretch(1);
    return page;
}

QWidget *LoginView::buildPkcePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("pkcePage"));
    m_pkceState = makeLabel(QStringLiteral("pkceStateLabel"), page);
    m_pkceProgress = new QProgressBar(page);
    m_pkceProgress->setObjectName(QStringLiteral("pkceProgress"));
    m_pkceProgress->setRange(0, 0); // busy: there is no measurable progress while the browser is open
    m_pkceProgress->setTextVisible(false);
    m_authorizationUrl = new QLineEdit(page);
    m_authorizationUrl->setObjectName(QStringLiteral("authorizationUrlEdit"));
    m_authorizationUrl->setReadOnly(true);
    m_authorizationUrl->setAccessibleName(tr("Authorization URL"));
    m_copyUrl = makeButton(QStringLiteral("copyUrlButton"), tr("Cop&y URL"), page);
    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_authorizationUrl->text());
        showStatus(tr("Copied the authorization URL."));
    });
    m_openPkceBrowser = makeButton(QStringLiteral("openPkceBrowserButton"), tr("Open &browser"), page);
    connect(m_openPkceBrowser, &QPushButton::clicked, this,
            [this] { openInBrowser(QUrl(m_authorizationUrl->text())); });
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_authorizationUrl, 1);
    urlRow->addWidget(m_copyUrl);
    urlRow->addWidget(m_openPkceBrowser);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pkceState);
    layout->addWidget(m_pkceProgress);
    layout->addLayout(urlRow);
    layout->addStretch(1);
    return page;
}

QGroupBox *LoginView::buildResultBox()
{
    auto *box = new QGroupBox(tr("Result"), this);
    box->setObjectName(QStringLiteral("resultBox"));
    m_resultCaption = new RunCaption(box);
    m_resultCaption->setObjectName(QStringLiteral("resultCaption"));
    m_resultSummary = makeLabel(QStringLiteral("resultSummary"), box);
    m_openAccessToken = makeButton(QStringLiteral("openAccessTokenButton"), tr("Inspect &access token"), box);
    m_openIdToken = makeButton(QStringLiteral("openIdTokenButton"), tr("Inspect &ID token"), box);
    m_exchange = makeButton(QStringLiteral("exchangeButton"), tr("E&xchange this token"), box);
    connect(m_openAccessToken, &QPushButton::clicked, this,
            [this] { emit tokenObtained(m_lastResult->response.accessToken.toString()); });
    connect(m_openIdToken, &QPushButton::clicked, this,
            [this] { emit tokenObtained(m_lastResult->response.idToken.toString()); });
    connect(m_exchange, &QPushButton::clicked, this, [this] { exchangeLastToken(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openAccessToken);
    buttons->addWidget(m_openIdToken);
    buttons->addWidget(m_exchange);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_resultCaption);
    layout->addWidget(m_resultSummary);
    layout->addLayout(buttons);
    box->hide();
    return box;
}

void LoginView::reloadProfiles()
{
    const QVariant current = m_profile->currentData();
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    addProfileItems(m_profile, *m_context.directory);
    const int index = m_profile->findData(current);
    m_profile->setCurrentIndex(index >= 0 ? index : 0);
    if (m_profile->count() == 0)
        m_profile->setPlaceholderText(tr("No profiles: create one in Profiles"));
    if (m_profile->currentData() != current)
        applyProfileDefaults();
    else
        updateControls();
}

bool LoginView::selectProfile(const QString &label)
{
    const int index = m_profile->findData(QVariant::fromValue(m_context.directory->keyFor(label)));
    if (index < 0 || label.isEmpty())
        return false;
    m_profile->setCurrentIndex(index);
    applyProfileDefaults();
    return true;
}

void LoginView::setFlow(Flow flow)
{
    m_flow->setCurrentIndex(m_flow->findData(int(flow)));
}

void LoginView::prepareLogin(Flow flow, const QString &organization, const QString &loginHint)
{
    setFlow(flow);
    m_organization->setText(organization);
    m_loginHint->setText(loginHint); // an earlier login's hint would name an unrelated user
    m_start->setFocus();
}

std::optional<LoginView::ResolvedProfile> LoginView::currentProfile(QString *error) const
{
    const auto key = m_profile->currentData().value<profiles::ProfileKey>();
    const auto loaded = m_context.directory->load(key);
    if (loaded)
        return ResolvedProfile{key, loaded.value()};
    if (error)
        *error = loaded.error().message;
    return std::nullopt;
}

void LoginView::applyProfileDefaults()
{
    if (const auto resolved = currentProfile()) {
        m_audience->setText(resolved->profile.audience);
        // The profile's scopes are for user logins; an empty scope asks for every scope the M2M client is granted.
        m_scope->setText(Flow(m_flow->currentData().toInt()) == Flow::ClientCredentials ? QString()
                                                                                        : resolved->profile.scope);
    }
    updateControls();
}

void LoginView::updateControls()
{
    const bool running = isRunning();
    const auto flow = Flow(m_flow->currentData().toInt());
    for (QWidget *input : std::initializer_list<QWidget *>{m_profile, m_flow, m_audience, m_scope})
        input->setEnabled(!running);
    const QString organizationIgnored = oauth::organizationIgnoredReason(flow);
    m_organization->setEnabled(!running && organizationIgnored.isEmpty());
    m_organization->setToolTip(organizationIgnored);
    m_flowNote->setText(organizationIgnored.isEmpty() ? QString()
                                                      : tr("Organization is not sent. %1").arg(organizationIgnored));
    m_flowNote->setVisible(!organizationIgnored.isEmpty());
    // connection, prompt and login_hint only mean something on /authorize.
    for (QWidget *input : std::initializer_list<QWidget *>{m_connection, m_prompt, m_loginHint})
        input->setEnabled(!running && flow == Flow::Pkce);
    m_start->setEnabled(!running && m_profile->currentIndex() >= 0);
    m_cancel->setEnabled(running);

    const auto resolved = currentProfile();
    const bool hasResult = m_lastResult && m_lastResult->ok();
    const bool hasExchangeClient = resolved && !resolved->profile.exchangeClientId.isEmpty();
    m_exchange->setEnabled(hasResult && !running && hasExchangeClient && resultIsCurrent() &&
                           !m_lastResult->response.accessToken.isEmpty());
    m_exchange->setToolTip(hasExchangeClient ? tr("Custom Token Exchange of the access token with the profile's "
                                                  "exchange application; shows what changed.")
                                             : tr("The profile has no token exchange application."));
    if (hasResult) {
        m_openAccessToken->setEnabled(!m_lastResult->response.accessToken.isEmpty());
        m_openIdToken->setEnabled(!m_lastResult->response.idToken.isEmpty());
    }
    showResultContext();
}

bool LoginView::resultIsCurrent() const
{
    const auto resolved = currentProfile();
    return m_lastResult && !m_resultSuperseded && resolved && resolved->key == m_resultRun.key;
}

void LoginView::showResultContext()
{
    if (!m_lastResult)
        return;
    const auto resolved = currentProfile();
    QString reason;
    if (!resolved || resolved->key != m_resultRun.key)
        reason = tr("another profile is chosen now; log in again to exchange a token of it");
    else if (m_resultSuperseded)
        reason = tr("from an earlier login: the latest one failed");
    m_resultCaption->setStale(reason);
    m_resultSummary->setEnabled(reason.isEmpty()); // greyed with the caption
}

void LoginView::readSecret(const ResolvedProfile &profile, SecretKind kind, QObject *context, SecretCallback done)
{
    const QString name = profile.profile.name.isEmpty() ? profile.key.name : profile.profile.name;
    m_context.directory->readSecret(profile.key, kind, context, [done, name, kind](const SecretResult &result) {
        if (result.ok())
            done(result.secret, {});
        else
            done({}, profiles::ProfileDirectory::secretProblem(result, name, kind));
    });
}

void LoginView::start()
{
    if (isRunning())
        return;
    QString error;
    const auto resolved = currentProfile(&error);
    if (!resolved) {
        showError(error);
        return;
    }
    m_error->hide();
    const auto flow = Flow(m_flow->currentData().toInt());
    m_run = {flow, resolved->key, resolved->key.name, resolved->profile.issuer};
    switch (flow) {
    case Flow::Device:
        startDevice(resolved->profile);
        break;
    case Flow::Pkce:
        startPkce(resolved->profile);
        break;
    case Flow::ClientCredentials:
        startClientCredentials(*resolved);
        break;
    case Flow::Refresh:
    case Flow::Exchange:
    case Flow::Password:
    case Flow::Pasted:
        break; // not in the flow picker
    }
}

void LoginView::startDevice(const Profile &profile)
{
    if (profile.clientId.isEmpty()) {
        showError(tr("The profile has no native client ID: set it in Profiles."));
        return;
    }
    // No organization: Auth0 ignores it in this flow (the form says so).
    auto *flow = m_context.oauth->startDeviceFlow(
        {profile.issuer, profile.clientId, m_audience->text().trimmed(), m_scope->text().simplified(), {}});
    m_userCode->clear();
    m_qrCode->clear();
    m_countdown->clear();
    m_verificationUri->setText(tr("Requesting a code…"));
    m_pages->setCurrentWidget(m_devicePage);
    beginOperation(tr("Requesting a device code…"));
    connect(flow, &oauth::DeviceFlow::authorizationReceived, this, &LoginView::showDeviceAuthorization);
    connect(flow, &oauth::DeviceFlow::polled, this, [this](const QString &status, int interval) {
        showStatus(status == QLatin1String("slow_down")
                       ? tr("The server asked to poll more slowly; checking every %1 s.").arg(interval)
                       : tr("Waiting for the code to be confirmed in a browser… (checking every %1 s)").arg(interval));
    });
    showStatus(tr("Requesting a device code from %1…").arg(profile.issuer.toString()));
    watch(flow);
}

void LoginView::showDeviceAuthorization(const oauth::DeviceAuthorization &authorization)
{
    m_userCode->setText(authorization.userCode);
    m_verificationUrl = authorization.verificationUriComplete.isEmpty() ? authorization.verificationUri
                                                                        : authorization.verificationUriComplete;
    const QString shown = authorization.verificationUri.toString();
    m_verificationUri->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                   .arg(m_verificationUrl.toString().toHtmlEscaped(), shown.toHtmlEscaped()));
    const QImage qr = qrCodeImage(m_verificationUrl.toEncoded());
    m_qrCode->setPixmap(QPixmap::fromImage(qr));
    m_qrCode->setMinimumSize(qr.size());
    m_qrCode->setToolTip(m_verificationUrl.toString());
    m_deviceExpiry = authorization.expiresAt;
    updateCountdown();
    m_countdownTimer->start();
    showStatus(tr("Waiting for the code to be confirmed in a browser…"));
    setOperationLabel(tr("Waiting for the code to be confirmed…"));
    m_copyCode->setFocus();
}

void LoginView::updateCountdown()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_deviceExpiry);
    if (left <= 0) {
        m_countdown->setText(tr("The code has expired."));
        m_countdownTimer->stop();
        return;
    }
    m_countdown->setText(tr("The code expires in %1:%2.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void LoginView::startPkce(const Profile &profile)
{
    if (profile.clientId.isEmpty()) {
        showError(tr("The profile has no native client ID: set it in Profiles."));
        return;
    }
    oauth::PkceFlowRequest request;
    request.issuer = profile.issuer;
    request.clientId = profile.clientId;
    request.audience = m_audience->text().trimmed();
    request.scope = m_scope->text().simplified();
    request.organization = m_organization->text().trimmed();
    request.connection = m_connection->text().trimmed();
    request.prompt = m_prompt->currentText().trimmed();
    request.loginHint = m_loginHint->text().trimmed();
    auto *flow = oauth::PkceFlow::start(*m_context.oauth, request);
    m_authorizationUrl->clear();
    m_pkceState->setText(tr("Preparing the login…"));
    m_pages->setCurrentWidget(m_pkcePage);
    beginOperation(tr("Preparing the login…"));
    connect(flow, &oauth::PkceFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        m_authorizationUrl->setText(url.toString(QUrl::FullyEncoded));
        m_authorizationUrl->setCursorPosition(0);
        m_pkceState->setText(tr("Waiting for the browser… Log in there; this window continues by itself."));
        setOperationLabel(tr("Waiting for the browser…"));
        if (m_openBrowserAutomatically)
            openInBrowser(url);
    });
    connect(flow, &oauth::PkceFlow::callbackReceived, this, [this] {
        m_pkceState->setText(tr("The browser came back; exchanging the code for tokens…"));
        setOperationLabel(tr("Exchanging the code for tokens…"));
    });
    showStatus(tr("Logging in at %1 in the browser…").arg(profile.issuer.toString()));
    watch(flow);
}

void LoginView::startClientCredentials(const ResolvedProfile &profile)
{
    if (profile.profile.managementClientId.isEmpty()) {
        showError(tr("The profile has no machine-to-machine client ID: set it in Profiles."));
        return;
    }
    const Profile p = profile.profile;
    const QString audience = m_audience->text().trimmed();
    const QString scope = m_scope->text().simplified();
    const QString organization = m_organization->text().trimmed();
    m_pages->setCurrentWidget(m_idlePage);
    showStatus(tr("Reading the client secret…"));
    beginOperation(tr("Reading the client secret…"));
    readSecret(
        profile, SecretKind::ManagementClientSecret, m_pending,
        [this, p, audience, scope, organization](const Secret &secret, const QString &error) {
            if (!error.isEmpty()) {
                endOperation();
                showError(error);
                updateControls();
                return;
            }
            showStatus(tr("Requesting a token…"));
            setOperationLabel(tr("Requesting a token…"));
            watch(m_context.oauth->clientCredentials({p.issuer,
                                                      {p.managementClientId, secret, oauth::ClientAuth::Method::Post},
                                                      audience,
                                                      scope,
                                                      organization}));
        });
}

void LoginView::watch(oauth::TokenOperation *operation)
{
    m_operation = operation;
    connect(operation, &oauth::TokenOperation::finished, this, &LoginView::finished);
    updateControls();
}

void LoginView::beginOperation(const QString &label)
{
    endOperation();
    m_pending = m_context.operations->start(this, label, [this] {
        m_pending.clear(); // being deleted: the view is idle again once the flow reports the cancellation
        if (m_operation) {
            m_operation->cancel(); // finished(Cancelled) puts the view back
            return;
        }
        // Cancelled while reading a secret: the read's callback is dropped with the operation.
        m_pages->setCurrentWidget(m_idlePage);
        showStatus(tr("Cancelled."));
        updateControls();
    });
    updateControls();
}

void LoginView::setOperationLabel(const QString &label)
{
    if (m_pending)
        m_pending->setLabel(label);
}

void LoginView::endOperation()
{
    if (m_pending)
        std::exchange(m_pending, nullptr)->finish();
}

void LoginView::cancel()
{
    if (m_pending)
        m_pending->cancel();
    else if (m_operation)
        m_operation->cancel();
}

void LoginView::finished(const oauth::TokenResult &result)
{
    endOperation();
    if (m_operation)
        m_operation->deleteLater();
    m_operation.clear();
    m_countdownTimer->stop();
    m_pages->setCurrentWidget(m_idlePage);
    switch (result.status) {
    case oauth::FlowStatus::Cancelled:
        showStatus(tr("Cancelled."));
        break;
    case oauth::FlowStatus::Failed:
        m_resultSuperseded = m_lastResult.has_value(); // the tokens shown are not this login's
        showError(result.error.text());
        showStatus(tr("The login failed."));
        break;
    case oauth::FlowStatus::Succeeded: {
        m_error->hide(); // e.g. "Could not open a browser" while the user went on with the copied address
        m_lastResult = result;
        m_resultRun = m_run;
        m_resultSuperseded = false;
        m_resultCaption->setRun(oauth::flowLabel(m_run.flow), m_run.label, m_run.issuer);
        const auto &response = result.response;
        QStringList parts;
        if (!response.accessToken.isEmpty())
            parts << tr("access token");
        if (!response.idToken.isEmpty())
            parts << tr("ID token");
        if (!response.refreshToken.isEmpty())
            parts << tr("refresh token");
        m_resultSummary->setText(tr("Received: %1%2. Granted scope: %3")
                                     .arg(parts.join(QStringLiteral(", ")),
                                          result.fromCache ? tr(" (from the cache)") : QString(),
                                          response.scope.isEmpty() ? tr("(not stated)") : response.scope));
        m_resultBox->show();
        showStatus(tr("Logged in; the token is open in the inspector."));
        updateControls();
        const Secret &token = response.accessToken.isEmpty() ? response.idToken : response.accessToken;
        if (!token.isEmpty())
            emit tokenObtained(token.toString());
        break;
    }
    }
    updateControls();
}

void LoginView::exchangeLastToken()
{
    exchange(std::nullopt);
}

void LoginView::exchangeLastToken(const QString &organization)
{
    exchange(organization);
}

void LoginView::exchange(const std::optional<QString> &organization)
{
    if (!m_lastResult || m_lastResult->response.accessToken.isEmpty() || isRunning())
        return;
    QString error;
    const auto resolved = currentProfile(&error);
    if (!resolved || resolved->profile.exchangeClientId.isEmpty()) {
        showError(resolved ? tr("The profile has no token exchange application: set it in Profiles.") : error);
        return;
    }
    if (!resultIsCurrent()) {
        showError(tr("The token shown is from an earlier login or another profile: log in again, then exchange."));
        return;
    }
    m_error->hide();
    const Profile p = resolved->profile;
    const oauth::TokenResult subject = *m_lastResult;
    explain::ExchangeParameters proposed = explain::proposeExchange(p, subject.response.accessToken.toString());
    if (organization)
        proposed.organization = *organization;
    ExchangeDialog dialog(proposed, tr("the access token of %1").arg(m_resultCaption->text()),
                          tr("the application %1 on %2").arg(p.exchangeClientId, p.issuer.authority()), this);
    if (!m_reviewExchange(dialog)) {
        showStatus(tr("The token exchange was not sent."));
        return;
    }
    const explain::ExchangeParameters parameters = dialog.parameters();
    showStatus(tr("Exchanging the token…"));
    beginOperation(tr("Reading the exchange client secret…"));
    readSecret(*resolved, SecretKind::ExchangeClientSecret, m_pending,
               [this, p, subject, parameters](const Secret &secret, const QString &readError) {
                   if (!readError.isEmpty()) {
                       endOperation();
                       showError(readError);
                       updateControls();
                       return;
                   }
                   setOperationLabel(tr("Exchanging the token…"));
                   auto *operation =
                       m_context.oauth->exchangeToken({p.issuer,
                                                       {p.exchangeClientId, secret, oauth::ClientAuth::Method::Post},
                                                       subject.response.accessToken,
                                                       p.subjectTokenType,
                                                       parameters.audience,
                                                       parameters.scope,
                                                       parameters.organization,
                                                       subject.sessionId});
                   m_operation = operation;
                   const QString before = subject.response.accessToken.toString();
                   connect(operation, &oauth::TokenOperation::finished, this,
                           [this, before](const oauth::TokenResult &result) { exchangeFinished(before, result); });
                   updateControls();
               });
}

void LoginView::exchangeFinished(const QString &subjectToken, const oauth::TokenResult &result)
{
    endOperation();
    if (m_operation)
        m_operation->deleteLater();
    m_operation.clear();
    updateControls();
    if (result.status == oauth::FlowStatus::Cancelled) {
        showStatus(tr("Cancelled."));
        return;
    }
    if (!result.ok()) {
        showError(result.error.text());
        showStatus(tr("The token exchange failed."));
        return;
    }
    m_error->hide();
    showStatus(tr("Exchanged; the differences are open in Compare."));
    emit diffRequested(subjectToken, result.response.accessToken.toString());
}

void LoginView::showStatus(const QString &text)
{
    m_status->setText(text);
    emit statusMessage(text);
}

void LoginView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void LoginView::openInBrowser(const QUrl &url)
{
    if (!url.isValid() || !m_openBrowser(url))
        showError(tr("Could not open a browser: copy the address and open it yourself."));
}

} // namespace orglens::widgets
