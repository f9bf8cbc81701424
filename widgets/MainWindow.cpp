#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppContext.h"
#include "LanguageMenu.h"
#include "LoginView.h"
#include "ProfileEditorView.h"
#include "TokenDiffView.h"
#include "TokenInspectorView.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace orglens::widgets {

namespace {
// Window layout only: tokens and other secrets are never written to settings.
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
constexpr int StatusMessageMs = 4000;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("OrgLens"));
    setMinimumSize(720, 480);

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_views = new QStackedWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_views, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->showMessage(tr("Pasted tokens are decoded on this computer; nothing is sent anywhere."));

    m_tokenInspector = new TokenInspectorView(this);
    connect(m_tokenInspector, &TokenInspectorView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    addView(m_tokenInspector, tr("Tokens"));
    m_diffView = new TokenDiffView(this);
    addView(m_diffView, tr("Compare"));

    createActions();
    resize(1100, 720);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_focusTokenInputAction = new QAction(tr("&Token Input"), this);
    m_focusTokenInputAction->setObjectName(QStringLiteral("focusTokenInputAction"));
    m_focusTokenInputAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusTokenInputAction, &QAction::triggered, this, &MainWindow::focusTokenInput);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_quitAction);
    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->setObjectName(QStringLiteral("goMenu"));
    goMenu->addAction(m_focusTokenInputAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    auto *languageMenu = new LanguageMenu(viewMenu);
    connect(languageMenu, &LanguageMenu::languageChanged, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
    viewMenu->addMenu(languageMenu);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = helpMenu->addAction(tr("&About OrgLens"), this, [this] { AboutDialog(this).exec(); });
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
}

int MainWindow::addView(QWidget *view, const QString &title)
{
    const int position = m_views->addWidget(view);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(title);
    // Translated titles can be longer than the English ones: the list grows to show the longest in full.
    const int titleWidth = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() +
                           fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_navigation->setFixedWidth(qMax(m_navigation->width(), titleWidth));
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(position);
    return position;
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

void MainWindow::openToken(const QString &text)
{
    showView(m_tokenInspector);
    m_tokenInspector->setToken(text);
}

void MainWindow::openDiff(const QString &before, const QString &after)
{
    showView(m_diffView);
    m_diffView->setTokens(before, after);
}

void MainWindow::addApplicationViews(const AppContext &context)
{
    const auto showStatus = [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); };
    m_loginView = new LoginView(context, this);
    connect(m_loginView, &LoginView::tokenObtained, this, &MainWindow::openToken);
    connect(m_loginView, &LoginView::diffRequested, this, &MainWindow::openDiff);
    connect(m_loginView, &LoginView::statusMessage, this, showStatus);
    addView(m_loginView, tr("Login"));
    m_profileEditor = new ProfileEditorView(context, this);
    connect(m_profileEditor, &ProfileEditorView::statusMessage, this, showStatus);
    addView(m_profileEditor, tr("Profiles"));

    m_secretStorageStatus = new QLabel(this);
    m_secretStorageStatus->setObjectName(QStringLiteral("secretStorageStatus"));
    statusBar()->addPermanentWidget(m_secretStorageStatus);
    SecretStore *secrets = context.secrets;
    const auto showStorage = [this, secrets] {
        const bool memoryOnly = secrets->storage() == SecretStorage::SessionOnly;
        m_secretStorageStatus->setText(memoryOnly ? tr("Secrets: memory only (no keychain)") : QString());
        m_secretStorageStatus->setToolTip(memoryOnly ? secrets->storageNotice() : QString());
        m_secretStorageStatus->setVisible(memoryOnly);
    };
    connect(secrets, &SecretStore::storageChanged, this, showStorage);
    showStorage();
}

void MainWindow::setTenantStatus(const QString &text)
{
    if (!m_tenantStatus) {
        m_tenantStatus = new QLabel(this);
        m_tenantStatus->setObjectName(QStringLiteral("tenantStatus"));
        m_tenantStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
        statusBar()->addPermanentWidget(m_tenantStatus);
    }
    m_tenantStatus->setText(text);
}

void MainWindow::focusTokenInput()
{
    showView(m_tokenInspector);
    m_tokenInspector->focusInput();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace orglens::widgets
