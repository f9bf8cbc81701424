#include "ScreenshotTour.h"

#include "ClaimChainView.h"
#include "ExplainView.h"
#include "GeneratedActionsDialog.h"
#include "MainWindow.h"
#include "TenantView.h"
#include "ThemeMenu.h"
#include "TokenDiffView.h"
#include "TokenInspectorView.h"
#include "oauth/OAuthClient.h"
#include "oauth/SessionHistory.h"

#include <QApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QScreen>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using orglens::widgets::MainWindow;
using orglens::widgets::TokenInspectorView;

ScreenshotTour::ScreenshotTour(MainWindow *window, const orglens::widgets::AppContext &context,
                               const orglens::profiles::SessionProfile *demo, const QString &directory)
    : QObject(window), m_window(window), m_context(context), m_demo(demo), m_directory(directory)
{
}

void ScreenshotTour::start()
{
    m_directory.mkpath(QStringLiteral("."));
    // The whole screen, as a user of that screen size would make it (the tour runs at several sizes).
    m_window->setGeometry(m_window->screen()->availableGeometry());
    if (!m_demo) {
        capture();
        return;
    }
    requestToken({}, [this](const QString &plain) {
        requestToken(QStringLiteral("org_acme"), [this, plain](const QString &withOrg) {
            m_explainToken = plain;
            m_window->openDiff(plain, withOrg);
            m_window->openToken(withOrg);
            waitForBadge(100);
        });
    });
}

void ScreenshotTour::requestToken(const QString &organization, std::function<void(const QString &)> next)
{
    orglens::oauth::ClientCredentialsRequest request;
    request.issuer = m_demo->profile.issuer;
    request.client = {m_demo->profile.managementClientId, m_demo->managementClientSecret,
                      orglens::oauth::ClientAuth::Method::Post};
    request.audience = m_demo->profile.audience;
    request.scope = QStringLiteral("read:orders");
    request.organization = organization;
    orglens::oauth::TokenOperation *operation = m_context.oauth->clientCredentials(request);
    connect(operation, &orglens::oauth::TokenOperation::finished, this,
            [operation, next](const orglens::oauth::TokenResult &result) {
                operation->deleteLater();
                if (!result.ok())
                    QTextStream(stderr) << "screenshot tour: token request failed: " << result.error.text() << '\n';
                next(result.response.accessToken.toString());
            });
}

void ScreenshotTour::waitForBadge(int attemptsLeft)
{
    // The signature check fetches the demo tenant's keys; wait for its verdict (at most 5 s).
    const bool checking = m_window->tokenInspector()->verificationState() == TokenInspectorView::BadgeState::Checking ||
                          m_window->tokenInspector()->verificationState() == TokenInspectorView::BadgeState::NotChecked;
    if (checking && attemptsLeft > 0) {
        QTimer::singleShot(50, this, [this, attemptsLeft] { waitForBadge(attemptsLeft - 1); });
        return;
    }
    checkTenant();
}

void ScreenshotTour::checkTenant()
{
    auto *tenant = qobject_cast<orglens::widgets::TenantView *>(m_window->view(MainWindow::ViewSlot::Tenant));
    if (tenant)
        tenant->checkUser(QStringLiteral("auth0|alice"));
    if (!tenant || !tenant->isRunning())
        return capture();
    connect(tenant, &orglens::widgets::TenantView::checked, this, &ScreenshotTour::capture, Qt::SingleShotConnection);
}

void ScreenshotTour::save(const QString &name, QWidget *widget)
{
    QApplication::processEvents();
    savePixmap(name, (widget ? widget : m_window)->grab());
}

void ScreenshotTour::savePixmap(const QString &name, const QPixmap &pixmap)
{
    const QString path = m_directory.filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(path))
        QTextStream(stderr) << "screenshot tour: could not write " << path << '\n';
}

void ScreenshotTour::saveDemoMenu()
{
    auto *fileMenu = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *demoMenu = m_window->findChild<QMenu *>(QStringLiteral("demoTenantMenu"));
    if (!fileMenu || !demoMenu)
        return;
    // File › Demo tenant, opened as a user opens it. Menus are windows of their own: they are drawn onto the window's
    // picture.
    const QRect fileTitle = m_window->menuBar()->actionGeometry(fileMenu->menuAction());
    fileMenu->popup(m_window->menuBar()->mapToGlobal(fileTitle.bottomLeft()));
    fileMenu->setActiveAction(demoMenu->menuAction());
    const QRect entry = fileMenu->actionGeometry(demoMenu->menuAction());
    demoMenu->popup(fileMenu->mapToGlobal(entry.topRight()));
    QApplication::processEvents();
    QPixmap picture = m_window->grab();
    QPainter painter(&picture);
    for (QMenu *menu : {fileMenu, demoMenu})
        painter.drawPixmap(m_window->mapFromGlobal(menu->pos()), menu->grab());
    painter.end();
    demoMenu->hide();
    fileMenu->hide();
    savePixmap(QStringLiteral("demo-tenant-menu"), picture);
}

void ScreenshotTour::capture()
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        navigation->setCurrentRow(row);
        // Views are created when first shown: Explain explains the token as soon as it exists.
        auto *explain = m_window->findChild<orglens::widgets::ExplainView *>();
        if (explain && explain->tokenText().isEmpty() && !m_explainToken.isEmpty())
            explain->explainToken(m_explainToken);
        save(
            QStringLiteral("%1-%2").arg(row + 1, 2, 10, QLatin1Char('0')).arg(navigation->item(row)->text().toLower()));
    }
    if (auto *explain = m_window->findChild<orglens::widgets::ExplainView *>()) {
        explain->showGeneratedActions();
        if (auto *dialog = explain->findChild<orglens::widgets::GeneratedActionsDialog *>()) {
            save(QStringLiteral("explain-actions"), dialog);
            dialog->close();
        }
    }
    // The chain tab of Compare, and the inspector in a dark palette.
    if (m_context.history && m_context.history->size() > 0)
        m_window->openChain(m_context.history->records().constLast().id);
    save(QStringLiteral("compare-chain"));
    saveDemoMenu();
    m_window->diffView()->tabs()->setCurrentIndex(0);
    orglens::widgets::applyTheme(orglens::widgets::Theme::Dark);
    m_window->showView(m_window->tokenInspector());
    save(QStringLiteral("tokens-dark"));
    m_window->showView(m_window->diffView());
    save(QStringLiteral("compare-dark"));
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}
