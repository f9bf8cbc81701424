#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActivityIndicator.h"
#include "AppContext.h"
#include "DockWidthShare.h"
#include "ElidedLabel.h"
#include "FindTarget.h"
#include "HintBanner.h"
#include "LanguageMenu.h"
#include "LoginView.h"
#include "ProfileEditorView.h"
#include "ProfileSwitcher.h"
#include "SecretStorageNotice.h"
#include "SessionHistoryPanel.h"
#include "SvgIconEngine.h"
#include "ThemeMenu.h"
#include "TokenDiffView.h"
#include "TokenInspectorView.h"
#include "common/CountingNetworkAccessManager.h"
#include "common/OperationTracker.h"
#include "jwt/ClaimChain.h"
#include "jwt/ClaimValidator.h"
#include "jwt/JwksClient.h"
#include "jwt/SignatureVerifier.h"
#include "jwt/TokenInspection.h"
#include "jwt/TokenVerifier.h"
#include "oauth/OAuthClient.h"
#include "oauth/PastedTokens.h"
#include "oauth/SessionHistory.h"
#include "oauth/SessionHistoryModel.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMetaEnum>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace orglens::widgets {

namespace {
// Window layout only: tokens and other secrets are never written to settings.
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto SplitterGroup = QStringLiteral("mainWindow/splitters/");
const auto LastViewKey = QStringLiteral("mainWindow/lastView");
const auto LastSlotKey = QStringLiteral("mainWindow/lastSlot");
const auto HistoryShareKey = QStringLiteral("mainWindow/historyShare");
constexpr int StatusMessageMs = 5000;

QIcon slotIcon(MainWindow::ViewSlot slot)
{
    static const char *const names[] = {"tokens", "compare", "explain",  "login", "users",
                                        "bulk",   "audit",   "profiles", "tenant"};
    const int index = int(slot);
    if (index < 0 || index >= int(std::size(names)))
        return {};
    return svgIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(names[index])));
}

QString checkLine(const jwt::ValidationCheck &check)
{
    const char *mark = "";
    switch (check.status) {
    case jwt::ValidationCheck::Status::Pass:
        mark = "\u2713";
        break;
    case jwt::ValidationCheck::Status::Fail:
        mark = "\u2717";
        break;
    case jwt::ValidationCheck::Status::Warning:
        mark = "!";
        break;
    case jwt::ValidationCheck::Status::Skipped:
        mark = "\u2013";
        break;
    }
    return QStringLiteral("%1 %2: %3").arg(QString::fromUtf8(mark), check.name, check.detail);
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OrgLens"));
    setMinimumSize(720, 480);
    setAcceptDrops(true);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 8);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setIconSize(QSize(20, 20));

    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_views->setCurrentWidget(buildView(row));
        showViewNotice();
    });
    // A notice belongs to a view, but is shown here: views built when first shown get it too.
    m_viewNoticeBar = new QFrame(this);
    m_viewNoticeBar->setObjectName(QStringLiteral("viewNoticeBar"));
    m_viewNoticeBar->setFrameShape(QFrame::StyledPanel);
    m_viewNoticeIcon = new QLabel(m_viewNoticeBar); // drawn when a notice is first shown, not at start-up
    m_viewNotice = new QLabel(m_viewNoticeBar);
    m_viewNotice->setObjectName(QStringLiteral("viewNotice"));
    m_viewNotice->setWordWrap(true);
    m_viewNotice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *noticeLayout = new QHBoxLayout(m_viewNoticeBar);
    noticeLayout->addWidget(m_viewNoticeIcon, 0, Qt::AlignTop);
    noticeLayout->addWidget(m_viewNotice, 1);
    m_viewNoticeBar->hide();
    auto *viewArea = new QWidget(this);
    auto *viewLayout = new QVBoxLayout(viewArea);
    viewLayout->setContentsMargins(0, 0, 0, 0);
    viewLayout->addWidget(m_viewNoticeBar);
    viewLayout->addWidget(m_views, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(viewArea);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('M')) * 11, 900});
    setCentralWidget(m_splitter);

    m_profileSwitcher = new ProfileSwitcher(this);
    connect(m_profileSwitcher, &ProfileSwitcher::currentProfileChanged, this, &MainWindow::currentProfileChanged);
    auto *toolBar = addToolBar(tr("Profile"));
    toolBar->setObjectName(QStringLiteral("profileToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_profileSwitcher);
    m_profileToolBar = toolBar;

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    // The messages have a place of their own (not QStatusBar's message, which is drawn under the permanent items).
    m_message = new ElidedLabel(this);
    m_message->setObjectName(QStringLiteral("statusMessage"));
    statusBar()->addWidget(m_message, 1);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(StatusMessageMs);
    connect(m_messageTimer, &QTimer::timeout, m_message, [this] { m_message->setFullText({}); });
    m_message->setFullText(tr("Pasted tokens are decoded on this computer; nothing is sent anywhere."));
    m_activity = new QLabel(this);
    m_activity->setObjectName(QStringLiteral("networkActivity"));
    // Every long operation of every view, with Cancel (Esc is the views' own: it cancels where the user is).
    m_operations = new OperationTracker(this);
    m_activityIndicator = new ActivityIndicator(m_operations, nullptr, false, this);
    m_activityIndicator->setObjectName(QStringLiteral("statusActivity"));
    m_activityIndicator->setMaximumTextWidth(fontMetrics().averageCharWidth() * 36);
    connect(m_activityIndicator, &ActivityIndicator::cancelled, this, &MainWindow::showStatus);
    statusBar()->addPermanentWidget(m_activityIndicator);
    statusBar()->addPermanentWidget(m_activity);
    setRequestsInFlight(0);
    // The tenant of the window's profile: the one every view works with.
    m_tenantStatus = new QLabel(this);
    m_tenantStatus->setObjectName(QStringLiteral("tenantStatus"));
    m_tenantStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_tenantStatus);
    connect(m_profileSwitcher, &ProfileSwitcher::currentProfileChanged, this, &MainWindow::showTenant);
    showTenant({}, {});

    m_tokenInspector = new TokenInspectorView(this);
    m_tokenInspector->setOperationTracker(m_operations);
    connect(m_tokenInspector, &TokenInspectorView::statusMessage, this, &MainWindow::showStatus);
    connect(m_tokenInspector, &TokenInspectorView::tokenInspected, this, &MainWindow::restoreSplitters);
    connect(m_tokenInspector, &TokenInspectorView::tokenInspected, this, &MainWindow::inspectTokenIssuer);
    connect(m_tokenInspector, &TokenInspectorView::addTenantRequested, this, &MainWindow::addTenant);
    addView(m_tokenInspector, tr("Tokens"), ViewSlot::Tokens);
    addView(tr("Compare"), ViewSlot::Compare, [this] { return new TokenDiffView(this); });

    m_confirm = [this](const Confirmation &confirmation) { return askConfirmation(this, confirmation); };
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    createActions();
    // The first start fills a small screen without running off it, frame and title bar included (later starts
    // restore the user's geometry).
    const int frame = style()->pixelMetric(QStyle::PM_MdiSubWindowFrameWidth);
    const QSize frameAllowance(2 * frame, 2 * frame + style()->pixelMetric(QStyle::PM_TitleBarHeight));
    resize(QSize(1100, 720).boundedTo(screen()->availableGeometry().size() - frameAllowance));
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the children, and the history panel then asks for its rows' profile names: by then
    // the switcher the namer reads is already gone.
    if (m_historyPanel)
        m_historyPanel->model()->setProfileNamer({});
}

void MainWindow::createActions()
{
    const auto makeAction = [this](const QString &name, const QString &text, const QKeySequence &shortcut) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        addAction(action); // the shortcut works even when the menu bar is hidden
        return action;
    };
    m_pasteAction = makeAction(QStringLiteral("pasteTokenAction"), tr("&Paste Token"), QKeySequence::Paste);
    m_pasteAction->setToolTip(tr("Open a token, Bearer line, Authorization header or token response from the "
                                 "clipboard (Ctrl+V when no text field has the focus)"));
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    m_findAction = makeAction(QStringLiteral("findAction"), tr("&Find…"), QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusFind);
    m_focusTokenInputAction =
        makeAction(QStringLiteral("focusTokenInputAction"), tr("&Token Input"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusTokenInputAction, &QAction::triggered, this, &MainWindow::focusTokenInput);
    m_quitAction = makeAction(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quitAction);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_pasteAction);
    editMenu->addAction(m_findAction);
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_goMenu->addAction(m_focusTokenInputAction);
    m_goMenu->addSeparator();
    for (int row = 0; row < m_navigation->count(); ++row)
        addViewAction(row);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto *languageMenu = new LanguageMenu(viewMenu);
    connect(languageMenu, &LanguageMenu::languageChanged, this, &MainWindow::showStatus);
    viewMenu->addMenu(languageMenu);
    viewMenu->addMenu(new ThemeMenu(viewMenu));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *documentationAction = helpMenu->addAction(tr("&Documentation"), this, [this] {
        const QUrl url = documentationUrl();
        if (url.isEmpty() || !m_openUrl(url))
            showStatus(tr("The documentation could not be opened; it is the README.md of OrgLens."));
    });
    documentationAction->setObjectName(QStringLiteral("documentationAction"));
    documentationAction->setShortcut(QKeySequence::HelpContents);
    QAction *aboutAction = helpMenu->addAction(tr("&About OrgLens"), this, [this] { AboutDialog(this).exec(); });
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

int MainWindow::addView(QWidget *view, const QString &title, ViewSlot slot)
{
    return insertView(view, title, slot);
}

int MainWindow::addView(const QString &title, ViewSlot slot, ViewFactory factory)
{
    auto *placeholder = new QWidget(this);
    placeholder->setObjectName(QStringLiteral("viewPlaceholder"));
    m_factories.insert(placeholder, std::move(factory));
    return insertView(placeholder, title, slot);
}

int MainWindow::insertView(QWidget *view, const QString &title, ViewSlot slot)
{
    // The place of the slot: after every view of an earlier (or the same) slot.
    int position = 0;
    while (position < m_slots.size() && m_slots.at(position) <= slot)
        ++position;
    m_slots.insert(position, slot);
    const int current = m_navigation->currentRow();
    m_views->insertWidget(position, view);
    auto *item = new QListWidgetItem(slotIcon(slot), title);
    item->setToolTip(title);
    {
        const QSignalBlocker blocker(m_navigation); // the current item moves down a row: no change of view
        m_navigation->insertItem(position, item);
    }
    // Translated titles can be longer than the English ones: the list grows to show the longest in full.
    const int titleWidth = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                           fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_navigation->setFixedWidth(qMax(m_navigation->width(), titleWidth));
    if (current < 0)
        m_navigation->setCurrentRow(position);
    if (m_goMenu)
        addViewAction(position);
    return position;
}

QWidget *MainWindow::buildView(int position)
{
    QWidget *placeholder = m_views->widget(position);
    const auto factory = m_factories.take(placeholder);
    if (!factory)
        return placeholder;
    QWidget *view = factory();
    const bool wasCurrent = m_views->currentWidget() == placeholder;
    m_views->insertWidget(position, view);
    if (wasCurrent)
        m_views->setCurrentWidget(view);
    m_views->removeWidget(placeholder);
    placeholder->deleteLater();
    restoreSplitters();
    return view;
}

void MainWindow::addViewAction(int row)
{
    auto *action = new QAction(m_navigation->item(row)->text(), this);
    action->setIcon(m_navigation->item(row)->icon());
    // By row, not by widget: a view built when first shown replaces its placeholder in the same row.
    connect(action, &QAction::triggered, this, [this, action] {
        showView(m_views->widget(int(m_viewActions.indexOf(action))));
        m_navigation->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(action);
    m_goMenu->insertAction(m_viewActions.value(row), action);
    m_viewActions.insert(row, action);
    // The rows below moved down: their names and shortcuts follow their new positions.
    for (int position = row; position < m_viewActions.size(); ++position) {
        QAction *shifted = m_viewActions.at(position);
        shifted->setObjectName(QStringLiteral("showView%1Action").arg(position + 1));
        shifted->setShortcut(position < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + position)) : QKeySequence());
    }
}

void MainWindow::showView(QWidget *view)
{
    const int position = m_views->indexOf(view);
    if (position >= 0)
        m_navigation->setCurrentRow(position);
}

QWidget *MainWindow::currentView() const
{
    return m_views->currentWidget();
}

QWidget *MainWindow::view(ViewSlot slot) const
{
    const int position = int(m_slots.indexOf(slot));
    return position >= 0 ? const_cast<MainWindow *>(this)->buildView(position) : nullptr;
}

TokenDiffView *MainWindow::diffView() const
{
    return qobject_cast<TokenDiffView *>(view(ViewSlot::Compare));
}

LoginView *MainWindow::loginView()
{
    return qobject_cast<LoginView *>(view(ViewSlot::Login));
}

ProfileEditorView *MainWindow::profileEditor()
{
    return qobject_cast<ProfileEditorView *>(view(ViewSlot::Profiles));
}

void MainWindow::openToken(const QString &text)
{
    showView(m_tokenInspector);
    m_tokenInspector->setToken(text);
}

bool MainWindow::openPastedText(const QString &text)
{
    const auto pasted = oauth::recognizePastedText(text);
    if (!pasted && jwt::tokenForm(pasted.error()) != jwt::TokenForm::NotAToken) {
        openToken(text); // an opaque or encrypted token: the inspector says what can be read of it
        return true;
    }
    if (!pasted) {
        showStatus(tr("Nothing to open: %1").arg(pasted.error().message));
        return false;
    }
    // A token response is recorded whole (access and ID token); a lone token is recorded when it is inspected.
    if (m_context.history && pasted->form == oauth::PastedForm::TokenResponse &&
        !m_context.history->findByToken(pasted->tokenToOpen.toUtf8()))
        m_context.history->add(oauth::pastedRecord(pasted.value()));
    openToken(pasted->tokenToOpen);
    showStatus(tr("Opened: %1").arg(oauth::pastedFormName(pasted->form)));
    return true;
}

void MainWindow::pasteFromClipboard()
{
    openPastedText(QApplication::clipboard()->text());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (openPastedText(event->mimeData()->text()))
        event->acceptProposedAction();
}

void MainWindow::openDiff(const QString &before, const QString &after)
{
    TokenDiffView *diff = diffView();
    showView(diff);
    diff->setTokens(before, after);
}

void MainWindow::openChain(const QString &recordId)
{
    if (!m_context.history)
        return;
    const auto lineage = oauth::sessionLineage(*m_context.history, recordId);
    TokenDiffView *diff = diffView();
    showView(diff);
    diff->showChain(jwt::buildClaimChain(oauth::chainSteps(lineage)));
}

void MainWindow::addApplicationViews(const AppContext &context)
{
    m_context = context;
    if (!m_context.operations)
        m_context.operations = m_operations;
    m_activityIndicator->setTracker(m_context.operations);
    m_tokenInspector->setOperationTracker(m_context.operations);
    // Built when first shown: nothing of them is needed for the first paint.
    addView(tr("Login"), ViewSlot::Login, [this] {
        auto *login = new LoginView(m_context, this);
        connect(login, &LoginView::tokenObtained, this, &MainWindow::openToken);
        connect(login, &LoginView::diffRequested, this, &MainWindow::openDiff);
        connect(login, &LoginView::statusMessage, this, &MainWindow::showStatus);
        login->selectProfile(m_profileSwitcher->currentLabel());
        connect(this, &MainWindow::currentProfileChanged, login,
                [login](const QString &label) { login->selectProfile(label); });
        return login;
    });
    addView(tr("Profiles"), ViewSlot::Profiles, [this] {
        auto *editor = new ProfileEditorView(m_context, this);
        connect(editor, &ProfileEditorView::statusMessage, this, &MainWindow::showStatus);
        return editor;
    });

    m_profileSwitcher->setDirectory(context.directory);
    const auto loadProfiles = [this] {
        m_profileSwitcher->loadSavedProfiles();
        if (const auto &inspection = m_tokenInspector->inspection())
            inspectTokenIssuer(*inspection);
    };
    if (m_painted)
        loadProfiles();
    else
        connect(this, &MainWindow::firstPainted, this, loadProfiles);

    if (auto *network = qobject_cast<CountingNetworkAccessManager *>(context.oauth->network())) {
        connect(network, &CountingNetworkAccessManager::requestsInFlightChanged, this,
                &MainWindow::setRequestsInFlight);
        connect(network, &CountingNetworkAccessManager::requestFailed, this,
                [this](const QUrl &, QNetworkReply::NetworkError, const QString &text) {
                    showStatus(tr("Network error: %1").arg(text));
                });
    }
    m_jwks = new jwt::JwksClient(context.oauth->network(), Clock::system(), this);
    m_verifier = new jwt::TokenVerifier(m_jwks, this);
    connect(m_verifier, &jwt::TokenVerifier::verified, this, &MainWindow::showVerification);

    if (context.history) {
        m_historyPanel = new SessionHistoryPanel(context.history, this);
        m_historyPanel->model()->setProfileNamer(
            [this](const oauth::SessionRecord &record) { return m_profileSwitcher->labelForIssuer(record.issuer); });
        connect(m_historyPanel, &SessionHistoryPanel::openRequested, this, &MainWindow::openToken);
        connect(m_historyPanel, &SessionHistoryPanel::compareBeforeRequested, this, [this](const QString &token) {
            TokenDiffView *diff = diffView();
            showView(diff);
            diff->setBefore(token);
        });
        connect(m_historyPanel, &SessionHistoryPanel::compareAfterRequested, this, [this](const QString &token) {
            TokenDiffView *diff = diffView();
            showView(diff);
            diff->setAfter(token);
        });
        connect(m_historyPanel, &SessionHistoryPanel::chainRequested, this, &MainWindow::openChain);
        connect(m_historyPanel, &SessionHistoryPanel::statusMessage, this, &MainWindow::showStatus);
        m_historyPanel->setOAuthClient(context.oauth);
        m_historyDock = new QDockWidget(tr("Session history"), this);
        m_historyDock->setObjectName(QStringLiteral("sessionHistoryDock"));
        m_historyDock->setWidget(m_historyPanel);
        m_historyDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
        addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
        QAction *toggle = m_historyDock->toggleViewAction();
        toggle->setObjectName(QStringLiteral("sessionHistoryAction"));
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
        toggle->setIcon(svgIcon(QStringLiteral(":/icons/history.svg")));
        m_goMenu->insertAction(m_goMenu->actions().value(1), toggle);
        connect(toggle, &QAction::triggered, this, [this](bool shown) {
            if (shown)
                m_historyPanel->setFocus(Qt::ShortcutFocusReason);
        });
        const QByteArray state = QSettings().value(StateKey).toByteArray();
        if (!state.isEmpty())
            restoreState(state); // the dock exists now
        new DockWidthShare(this, m_historyDock, HistoryShareKey);
    }

    // Where secrets are kept when no keychain is running (hidden otherwise).
    m_secretStorageStatus = new SecretStorageNotice(context.secrets, SecretStorageNotice::Form::Compact, this);
    m_secretStorageStatus->setObjectName(QStringLiteral("secretStorageStatus"));
    statusBar()->addPermanentWidget(m_secretStorageStatus);
}

QString MainWindow::currentProfileLabel() const
{
    return m_profileSwitcher->currentLabel();
}

std::optional<profiles::Profile> MainWindow::currentProfile() const
{
    return m_profileSwitcher->currentProfile();
}

bool MainWindow::selectProfile(const QString &label)
{
    return m_profileSwitcher->selectProfile(label);
}

void MainWindow::showTenant(const QString &label, const profiles::Profile &profile)
{
    const bool known = !label.isEmpty() && !profile.issuer.isEmpty();
    m_tenantStatus->setText(known ? tr("Tenant: %1 (profile %2)").arg(profile.issuer.authority(), label) : QString());
    m_tenantStatus->setToolTip(known ? tr("Every view works with the tenant %1 of the profile %2; change it with the "
                                          "Profile switcher above.")
                                           .arg(profile.issuer.toString(), label)
                                     : QString());
    m_tenantStatus->setVisible(known);
}

void MainWindow::showStatus(const QString &message)
{
    m_message->setFullText(message);
    m_messageTimer->start();
}

QString MainWindow::statusMessage() const
{
    return m_message->fullText();
}

void MainWindow::setRequestsInFlight(int count)
{
    m_activity->setText(count > 0 ? tr("%n request(s) in flight", nullptr, count) : QString());
    m_activity->setVisible(count > 0);
}

void MainWindow::focusTokenInput()
{
    showView(m_tokenInspector);
    m_tokenInspector->focusInput();
}

void MainWindow::focusFind()
{
    if (auto *target = dynamic_cast<FindTarget *>(currentView()))
        target->focusFind();
    else
        focusTokenInput();
}

void MainWindow::inspectTokenIssuer(const jwt::TokenInspection &inspection)
{
    // Every token shown is part of the session; those obtained by a login are there already.
    if (m_context.history && !m_context.history->findByToken(inspection.token.compact.toUtf8())) {
        const auto recognised = oauth::recognizePastedText(inspection.token.compact);
        if (recognised)
            m_context.history->add(oauth::pastedRecord(recognised.value()));
    }
    if (m_historyPanel)
        m_historyPanel->selectToken(inspection.token.compact);
    if (!m_context.profiles || !m_painted ||
        m_tokenInspector->verificationState() != TokenInspectorView::BadgeState::NotChecked)
        return; // nothing before the first paint; a token already checked keeps its badge
    const QString issuer = inspection.token.payload.value(QLatin1String("iss")).toString();
    if (issuer.isEmpty())
        return;
    const QString label = m_profileSwitcher->labelForIssuer(QUrl(issuer));
    m_tokenInspector->setUnknownIssuer(label.isEmpty() ? issuer : QString());
    if (!label.isEmpty())
        verifyWithProfile(label);
}

void MainWindow::verifyWithProfile(const QString &label)
{
    const auto &inspection = m_tokenInspector->inspection();
    if (!inspection || !m_verifier)
        return;
    m_profileSwitcher->selectProfile(label);
    const auto profile = m_profileSwitcher->currentProfile();
    if (!profile)
        return;
    const QString fetching = tr("Fetching the signing keys of %1…").arg(profile->issuer.toString());
    m_tokenInspector->setVerificationState(TokenInspectorView::BadgeState::Checking, tr("Checking signature…"),
                                           fetching);
    if (m_verifying.operation)
        m_verifying.operation->finish();
    const QUrl issuer = profile->issuer;
    m_verifying = {inspection->token.compact, label,
                   operations()->start(m_tokenInspector, fetching, [this, issuer] { m_verifier->cancel(issuer); })};
    m_verifier->verify(inspection->token, *profile);
}

void MainWindow::showVerification(const QString &compact, const jwt::TokenVerification &verification)
{
    if (compact != m_verifying.compact)
        return; // an earlier check of another token
    if (m_verifying.operation)
        m_verifying.operation->finish();
    const QString label = m_verifying.label;
    m_verifying = {};
    const auto &shown = m_tokenInspector->inspection();
    if (!shown || shown->token.compact != compact)
        return; // another token is shown now
    using State = TokenInspectorView::BadgeState;
    using Keys = jwt::TokenVerification::Keys;
    const jwt::SignatureResult &signature = verification.signature;
    if (verification.keys == Keys::Cancelled) {
        // Back to where it was before the check; showing the token again checks it again.
        m_tokenInspector->setVerificationState(State::NotChecked, tr("Signature not checked"),
                                               tr("The signature check was cancelled."));
        return;
    }
    if (verification.keys == Keys::Unavailable) {
        m_tokenInspector->setVerificationState(State::Failed, tr("Keys unavailable"), signature.reason);
        return;
    }
    const State state = !signature.checked ? State::UnknownKey
                        : signature.valid  ? State::Verified
                                           : State::InvalidSignature;
    const QString text = state == State::Verified     ? tr("Verified (%1)").arg(label)
                         : state == State::UnknownKey ? tr("Unknown key")
                                                      : tr("Invalid signature");
    m_tokenInspector->setVerificationState(state, text, signature.reason);
    QStringList lines;
    for (const jwt::ValidationCheck &check : verification.validation.checks)
        lines << checkLine(check);
    m_tokenInspector->setValidationReport(lines.join(QLatin1Char('\n')));
}

void MainWindow::addTenant(const QString &issuer)
{
    const auto &inspection = m_tokenInspector->inspection();
    const auto profile = profiles::profileForTokenIssuer(issuer, inspection ? inspection->token.payload : QJsonObject(),
                                                         m_context.profiles->names());
    if (!profile) {
        showStatus(tr("Cannot add this tenant: %1").arg(profile.error().message));
        return;
    }
    const QUrl url = profile->issuer;
    if (!m_confirm({.title = tr("Add this tenant"),
                    .question = tr("Add a profile for the tenant %1?").arg(url.authority()),
                    .details = tr("OrgLens will then fetch the tenant's published signing keys from %1 to verify this "
                                  "token. Nothing has been fetched so far.")
                                   .arg(url.toString()),
                    .action = tr("Add profile")}))
        return;
    const auto saved = m_context.profiles->save(profile.value());
    if (!saved) {
        showStatus(tr("Cannot add this tenant: %1").arg(saved.error().message));
        return;
    }
    m_profileSwitcher->loadSavedProfiles();
    m_tokenInspector->setUnknownIssuer({});
    showStatus(
        tr("Added the profile %1; complete it in Profiles (client, audience, management client).").arg(saved->name));
    verifyWithProfile(saved->name);
}

QUrl MainWindow::documentationUrl()
{
    const QString installed =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/doc/orglens/README.md"));
    for (const QString &path : {installed, QStringLiteral(ORGLENS_SOURCE_DIR "/README.md")}) {
        if (QFileInfo::exists(path))
            return QUrl::fromLocalFile(QFileInfo(path).canonicalFilePath());
    }
    return {};
}

bool MainWindow::showHintOnce(const QString &key, const QString &text)
{
    auto *banner = HintBanner::showOnce(key, text, this);
    if (!banner)
        return false;
    // A row of its own above the views, gone with the banner.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("hintBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->toggleViewAction()->setVisible(false);
    bar->addWidget(banner);
    addToolBarBreak();
    addToolBar(Qt::TopToolBarArea, bar);
    connect(banner, &QObject::destroyed, bar, &QObject::deleteLater);
    return true;
}

void MainWindow::setViewNotice(ViewSlot slot, const QString &text)
{
    if (text.isEmpty())
        m_viewNotices.remove(slot);
    else
        m_viewNotices.insert(slot, text);
    showViewNotice();
}

void MainWindow::showViewNotice()
{
    const QString text = m_viewNotices.value(m_slots.value(m_navigation->currentRow(), ViewSlot::Other));
    m_viewNotice->setText(text);
    m_viewNoticeBar->setVisible(!text.isEmpty());
    if (!text.isEmpty() && m_viewNoticeIcon->pixmap().isNull()) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_viewNoticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    }
}

void MainWindow::addFileMenu(QMenu *menu)
{
    m_fileMenu->insertMenu(m_quitAction, menu);
    m_fileMenu->insertSeparator(m_quitAction);
}

void MainWindow::addProfileAction(QAction *action)
{
    m_profileToolBar->addAction(action);
}

void MainWindow::restoreLastView()
{
    const QSettings settings;
    const QString name = settings.value(LastViewKey).toString();
    for (int position = 0; position < m_views->count() && !name.isEmpty(); ++position) {
        if (m_views->widget(position)->objectName() == name) {
            m_navigation->setCurrentRow(position);
            return;
        }
    }
    // A view not built yet (added with a factory) is found by its slot.
    bool known = false;
    const auto slot = ViewSlot(QMetaEnum::fromType<ViewSlot>().keyToValue(
        settings.value(LastSlotKey).toString().toLatin1().constData(), &known));
    const int position = int(m_slots.indexOf(slot));
    if (known && slot != ViewSlot::Other && position >= 0)
        m_navigation->setCurrentRow(position);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    restoreSplitters();
}

void MainWindow::restoreSplitters()
{
    // Every named splitter of the window, each once: those of views added later or built when first shown too
    // (called on the first show, when a view is built and when the inspector has built its results).
    const QSettings settings;
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QString name = splitter->objectName();
        if (name.isEmpty() || m_restoredSplitters.contains(name))
            continue;
        m_restoredSplitters.insert(name);
        splitter->restoreState(settings.value(SplitterGroup + name).toByteArray());
    }
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(SplitterGroup + splitter->objectName(), splitter->saveState());
    }
    if (const QWidget *view = currentView()) {
        settings.setValue(LastViewKey, view->objectName());
        settings.setValue(LastSlotKey, QString::fromLatin1(QMetaEnum::fromType<ViewSlot>().valueToKey(
                                           int(m_slots.value(m_views->currentIndex(), ViewSlot::Other)))));
    }
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Show && !m_painted) {
        restoreSplitters();
    }
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Queued: the backing store is flushed to the screen once this paint pass is over.
        QTimer::singleShot(0, this, [this] {
            emit firstPainted();
            // One more pass of the event loop for what the first frame does not show.
            QTimer::singleShot(0, this, &MainWindow::finishStartup);
        });
    }
    return handled;
}

void MainWindow::finishStartup()
{
    // The application's icon, which the main window and the dialogs show in title bars and task bars. Not needed
    // for the first frame, and costly then: under X11 it is rendered and sent to the server in four sizes.
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(svgIcon(QStringLiteral(":/icons/orglens.svg")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace orglens::widgets
