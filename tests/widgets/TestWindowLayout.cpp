// The window at a small screen's size and what keeps values in view there: Compare and the Session chain share
// their width, the session history shows each token's kind in its first column and keeps a remembered share of the
// window; and the window's own additions: View > Theme, Help > Documentation, the demo's first-run hint, refreshing a
// session's tokens from the history (against an in-process demo tenant over real HTTP).
#include "AppServices.h"
#include "AuditView.h"
#include "BulkView.h"
#include "ClaimChainView.h"
#include "ClientLogins.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "ExplainView.h"
#include "HintBanner.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "SessionHistoryPanel.h"
#include "StatusColours.h"
#include "ThemeMenu.h"
#include "TokenDiffView.h"
#include "UnsignedTokens.h"
#include "UsersView.h"
#include "demo/TenantStore.h"
#include "jwt/ClaimChainModel.h"
#include "jwt/TokenDiffModel.h"
#include "oauth/SessionHistory.h"
#include "oauth/SessionHistoryModel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QMouseEvent>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QTreeView>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using orglens::widgets::MainWindow;

namespace {

const QString Acme = QStringLiteral("https://acme.eu.auth0.com/");

// An audience array as long as real ones get (APIs, the userinfo endpoint, custom domains).
QJsonArray longAudience()
{
    QJsonArray audience;
    for (const char *api : {"orders", "invoices", "inventory", "shipping", "customers", "analytics"})
        audience.append(QStringLiteral("https://%1.api.orglens-enterprise-example.com/v2/").arg(QLatin1String(api)));
    audience.append(QStringLiteral("https://acme.eu.auth0.com/userinfo"));
    return audience;
}

QString accessToken(const QJsonObject &extra = {})
{
    QJsonObject payload{{QStringLiteral("iss"), Acme},
                        {QStringLiteral("sub"), QStringLiteral("auth0|alice")},
                        {QStringLiteral("aud"), longAudience()},
                        {QStringLiteral("scope"), QStringLiteral("openid profile read:orders")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        payload.insert(it.key(), it.value());
    return test::unsignedToken(payload);
}

// The tooltip the view shows for the cell at `index`, as a user hovering it gets it.
QString toolTipOf(QAbstractItemView *view, const QModelIndex &index)
{
    QToolTip::hideText();
    const QPoint position = view->visualRect(index).center();
    QHelpEvent event(QEvent::ToolTip, position, view->viewport()->mapToGlobal(position));
    QApplication::sendEvent(view->viewport(), &event);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

// The cell lies inside the table's viewport and is wide enough for its whole text: readable without scrolling.
bool showsWhole(const QTreeView *table, const QModelIndex &index)
{
    const QRect cell = table->visualRect(index);
    const int textWidth = table->fontMetrics().horizontalAdvance(index.data().toString());
    return table->viewport()->rect().contains(cell) && cell.width() > textWidth &&
           table->horizontalScrollBar()->maximum() == 0;
}

} // namespace

class TestWindowLayout : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<MainWindow> m_window;

    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }
    void newWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->addApplicationViews(m_app->context());
    }
    void showWindow(const QSize &size)
    {
        QSignalSpy firstPainted(m_window.get(), &MainWindow::firstPainted);
        m_window->show();
        m_window->resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->size(), size);
        QTRY_VERIFY(m_window->hasPainted());
    }
    QDockWidget *historyDock() const { return child<QDockWidget>("sessionHistoryDock"); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OrgLensTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_window_layout"));
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
    }

    void init()
    {
        QSettings().clear();
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(QStringLiteral("profiles.ini")));
        newWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_app.reset();
        QApplication::setPalette(QPalette());
    }

    void windowFitsTheScreenAndA1024x700One()
    {
        // Every view of the application, as main() adds them: none may make the window wider or taller.
        widgets::ManagementConnection management(m_app->context());
        using Slot = MainWindow::ViewSlot;
        m_window->addView(new widgets::UsersView(&management, m_window.get()), QStringLiteral("Users"), Slot::Users);
        m_window->addView(new widgets::BulkView(&management, m_window.get()), QStringLiteral("Bulk"), Slot::Bulk);
        m_window->addView(new widgets::AuditView(&management, m_window.get()), QStringLiteral("Audit"), Slot::Audit);
        m_window->addView(new widgets::ExplainView(&management, m_window.get()), QStringLiteral("Explain"),
                          Slot::Explain);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The first start takes the preferred size only as far as the screen has room.
        QVERIFY2(m_window->screen()->availableGeometry().contains(m_window->frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3×%4 on %5×%6")
                                .arg(m_window->frameGeometry().x())
                                .arg(m_window->frameGeometry().y())
                                .arg(m_window->frameGeometry().width())
                                .arg(m_window->frameGeometry().height())
                                .arg(m_window->screen()->availableGeometry().width())
                                .arg(m_window->screen()->availableGeometry().height())));
        auto *navigation = child<QListWidget>("navigation");
        for (int row = 0; row < navigation->count(); ++row) {
            navigation->setCurrentRow(row);
            // A title bar takes about 30 pixels of a 1024×700 screen.
            const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
            QVERIFY2(minimum.width() <= 1024 && minimum.height() <= 660,
                     qPrintable(QStringLiteral("%1: %2×%3")
                                    .arg(navigation->item(row)->text())
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
        }
        m_window.reset(); // before the views' management connection
    }

    void compareKeepsTheAfterValueInView()
    {
        showWindow({1024, 700});
        const QString before = accessToken();
        const QString after = accessToken({{QStringLiteral("org_id"), QStringLiteral("org_acme")}});
        m_window->openDiff(before, after);
        auto *table = child<QTreeView>("diffTable");
        const auto *proxy = m_window->diffView()->proxy();
        const jwt::TokenDiffModel *model = m_window->diffView()->model();
        const QModelIndex orgId = proxy->mapFromSource(
            model->index(model->rowForPath(QStringLiteral("/payload/org_id")), jwt::TokenDiffModel::AfterColumn));
        QTRY_VERIFY2(showsWhole(table, orgId), qPrintable(orgId.data().toString()));
        QVERIFY(toolTipOf(table, orgId).contains(QStringLiteral("&quot;org_acme&quot;")));

        // The long audience is shortened in its cell; hovering it shows all of it.
        const QModelIndex audience = proxy->mapFromSource(
            model->index(model->rowForPath(QStringLiteral("/payload/aud")), jwt::TokenDiffModel::BeforeColumn));
        QVERIFY(table->visualRect(audience).width() <
                table->fontMetrics().horizontalAdvance(audience.data().toString()));
        const QString tip = toolTipOf(table, audience);
        for (const auto &api : longAudience())
            QVERIFY2(tip.contains(api.toString()), qPrintable(tip));
        // The two value columns share the width.
        const int beforeWidth = table->columnWidth(jwt::TokenDiffModel::BeforeColumn);
        QVERIFY(qAbs(beforeWidth - table->columnWidth(jwt::TokenDiffModel::AfterColumn)) <= 1);
    }

    void sessionChainSharesTheWidth()
    {
        const auto add = [this](oauth::Flow flow, const QJsonObject &claims, const QString &parent) {
            oauth::SessionRecord record;
            record.flow = flow;
            record.issuer = QUrl(Acme);
            record.tokens.accessToken = Secret::fromString(accessToken(claims));
            record.tokens.body = Secret("{}");
            record.parentId = parent;
            return m_app->history.add(record);
        };
        const QString device = add(oauth::Flow::Device, {}, {});
        const QString refresh = add(oauth::Flow::Refresh, {}, device);
        const QString exchange =
            add(oauth::Flow::Exchange, {{QStringLiteral("org_id"), QStringLiteral("org_acme")}}, refresh);
        showWindow({1024, 700});
        m_window->openChain(exchange);
        auto *chainView = m_window->diffView()->chainView();
        auto *table = chainView->findChild<QTreeView *>(QStringLiteral("chainTable"));
        const jwt::ClaimChainModel *model = chainView->model();
        const int org =
            chainView->proxy()->mapFromSource(model->index(model->rowForClaim(QStringLiteral("org_id")), 0)).row();
        const QModelIndex lastStep = chainView->proxy()->index(org, model->historyColumn() - 1);
        QTRY_VERIFY2(showsWhole(table, lastStep),
                     qPrintable(QStringLiteral("%1: cell %2 of %3, text %4")
                                    .arg(lastStep.data().toString())
                                    .arg(table->visualRect(lastStep).width())
                                    .arg(table->viewport()->width())
                                    .arg(table->fontMetrics().horizontalAdvance(lastStep.data().toString()))));
        const QModelIndex history = chainView->proxy()->index(org, model->historyColumn());
        QVERIFY(table->viewport()->rect().contains(table->visualRect(history)));
        QVERIFY(toolTipOf(table, history).contains(QStringLiteral("added by")));
    }

    void historyShowsTheKindInTheFirstColumn()
    {
        const QString response = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("access_token"), accessToken()},
                                      {QStringLiteral("id_token"), accessToken({{QStringLiteral("nonce"), 1}})},
                                      {QStringLiteral("token_type"), QStringLiteral("Bearer")}})
                .toJson());
        QVERIFY(m_window->openPastedText(response));
        showWindow({1024, 700});
        auto *panel = m_window->historyPanel();
        QCOMPARE(panel->model()->rowCount(), 2);
        QTreeView *view = panel->view();
        QStyledItemDelegate plain;
        for (const int row : {0, 1}) {
            const QModelIndex first = panel->model()->index(row, oauth::SessionHistoryModel::TimeColumn);
            const QString kind = panel->model()->index(row, oauth::SessionHistoryModel::KindColumn).data().toString();
            const QString badge = first.data(oauth::SessionHistoryModel::KindBadgeRole).toString();
            QCOMPARE(badge, kind == QLatin1String("ID token") ? QStringLiteral("ID") : QStringLiteral("Access"));
            QVERIFY(first.data(Qt::ToolTipRole).toString().startsWith(kind));
            QVERIFY(first.data(Qt::AccessibleTextRole).toString().endsWith(kind));
            // The badge is drawn in front of the time: the first cell is wider than its text alone.
            QStyleOptionViewItem option;
            option.initFrom(view);
            QVERIFY(view->itemDelegate()->sizeHint(option, first).width() >
                    plain.sizeHint(option, first).width() + view->fontMetrics().horizontalAdvance(badge));
            // The first column is always in view, however narrow the panel.
            QCOMPARE(view->visualRect(first).left(), 0);
        }
    }

    void historyKeepsItsShareOfTheWindow()
    {
        showWindow({1000, 650});
        QDockWidget *dock = historyDock();
        QTRY_VERIFY(dock->width() > 100);
        // A change of layout is not a choice: nothing is remembered.
        m_window->resizeDocks({dock}, {320}, Qt::Horizontal);
        QTRY_VERIFY2(qAbs(dock->width() - 320) <= 8, qPrintable(QString::number(dock->width())));
        QVERIFY(!QSettings().contains(QStringLiteral("mainWindow/historyShare")));
        // The user drags the separator (a press on the window, the dock resized as the separator moves, the
        // release): the new width becomes the dock's share of the window, remembered.
        const auto sendMouse = [this](QEvent::Type type) {
            const QPointF position(m_window->width() / 2.0, m_window->height() / 2.0);
            QMouseEvent event(type, position, m_window->mapToGlobal(position), Qt::LeftButton,
                              type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(m_window.get(), &event);
        };
        sendMouse(QEvent::MouseButtonPress);
        m_window->resizeDocks({dock}, {380}, Qt::Horizontal);
        QTRY_VERIFY2(qAbs(dock->width() - 380) <= 8, qPrintable(QString::number(dock->width())));
        sendMouse(QEvent::MouseButtonRelease);
        const double share = QSettings().value(QStringLiteral("mainWindow/historyShare")).toDouble();
        QVERIFY2(qAbs(share - dock->width() / 1000.0) < 0.002, qPrintable(QString::number(share)));
        // A wider window, a wider dock.
        m_window->resize(1500, 650);
        QTRY_VERIFY2(qAbs(dock->width() - share * 1500) <= 10, qPrintable(QString::number(dock->width())));

        // The next start keeps the share.
        m_window->close();
        newWindow();
        showWindow({1200, 650});
        QTRY_VERIFY2(qAbs(historyDock()->width() - share * 1200) <= 10,
                     qPrintable(QString::number(historyDock()->width())));
    }

    void refreshAddsNewTokensToTheHistory()
    {
        showWindow({1024, 700});
        const oauth::TokenResult login =
            test::deviceLoginWith(m_app->oauth, QUrl(m_demo->issuer()), QStringLiteral("alice@example.com"));
        QVERIFY2(login.ok(), qPrintable(login.error.text()));
        QVERIFY(!login.response.refreshToken.isEmpty());
        auto *panel = m_window->historyPanel();
        auto *refresh = child<QPushButton>("historyRefreshButton");
        QVERIFY(refresh->isVisible());

        // A pasted token has no refresh token: nothing to refresh it with.
        m_window->openPastedText(accessToken());
        QTRY_COMPARE(panel->selectedToken(), accessToken());
        QVERIFY(!refresh->isEnabled());

        panel->selectToken(login.response.accessToken.toString());
        QCOMPARE(panel->selectedRecordId(), login.sessionId);
        QVERIFY(refresh->isEnabled());
        const qsizetype records = m_app->history.size();
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE(m_app->history.size(), records + 1);
        const oauth::SessionRecord refreshed = m_app->history.records().constLast();
        QCOMPARE(refreshed.flow, oauth::Flow::Refresh);
        QCOMPARE(refreshed.parentId, login.sessionId);
        QVERIFY(!refreshed.tokens.accessToken.isEmpty());
        QVERIFY(!(refreshed.tokens.accessToken == login.response.accessToken));
        // The history follows the new tokens, and the window says what happened.
        QTRY_COMPARE(panel->selectedRecordId(), refreshed.id);
        QTRY_VERIFY2(m_window->statusMessage().startsWith(QStringLiteral("Refreshed")),
                     qPrintable(m_window->statusMessage()));
    }

    void themeChoiceAppliesAndIsRemembered()
    {
        showWindow({1024, 700});
        const QColor systemBase = QApplication::palette().color(QPalette::Base);
        const QColor darkBase = widgets::darkPalette().color(QPalette::Base);
        QVERIFY(systemBase != darkBase);
        child<QAction>("themeAction_dark")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), darkBase);
        QTRY_COMPARE(historyDock()->palette().color(QPalette::Base), darkBase);
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(widgets::savedTheme(), widgets::Theme::Dark);

        // The next start offers the choice checked.
        m_window->close();
        newWindow();
        QVERIFY(child<QAction>("themeAction_dark")->isChecked());

        child<QAction>("themeAction_system")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), systemBase);
        QVERIFY(!QSettings().contains(QStringLiteral("ui/theme")));
        QCOMPARE(widgets::savedTheme(), widgets::Theme::System);
        child<QAction>("themeAction_light")->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 QApplication::style()->standardPalette().color(QPalette::Base));
        QCOMPARE(widgets::savedTheme(), widgets::Theme::Light);
    }

    void documentationOpensTheReadme()
    {
        QList<QUrl> opened;
        m_window->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        child<QAction>("documentationAction")->trigger();
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.constFirst().isLocalFile());
        QFile readme(opened.constFirst().toLocalFile());
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY(readme.readLine().startsWith("# OrgLens"));

        // When nothing can open it, the window says where the documentation is.
        m_window->setUrlOpener([](const QUrl &) { return false; });
        child<QAction>("documentationAction")->trigger();
        QVERIFY(m_window->statusMessage().contains(QStringLiteral("README.md")));
    }

    void demoHintIsShownOnce()
    {
        showWindow({1024, 700});
        QVERIFY(m_window->showHintOnce(QStringLiteral("demoUsers"), demo::demoSignInHint()));
        QPointer<widgets::HintBanner> banner = m_window->findChild<widgets::HintBanner *>();
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        for (const char *user : demo::SignInUsers)
            QVERIFY2(banner->text().contains(QLatin1String(user)), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String(demo::DemoPassword)));
        QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("hintDismissButton")), Qt::LeftButton);
        QTRY_VERIFY(!banner);

        // Not on the next start.
        m_window->close();
        newWindow();
        QVERIFY(!m_window->showHintOnce(QStringLiteral("demoUsers"), demo::demoSignInHint()));
        QVERIFY(!m_window->findChild<widgets::HintBanner *>());
    }
};

QTEST_MAIN(TestWindowLayout)
#include "TestWindowLayout.moc"
