#include "MainWindow.h"

#include "TokenInspectorView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
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
}

int MainWindow::addView(QWidget *view, const QString &title)
{
    const int position = m_views->addWidget(view);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(title);
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
