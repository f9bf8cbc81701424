// The Login view end to end against an in-process demo tenant; the test is the user's browser.
#include "AppServices.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "ExchangeDialog.h"
#include "ExplainView.h"
#include "ExplainWiring.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "ProfileEditorView.h"
#include "TokenDiffView.h"
#include "TokenInspectorView.h"
#include "jwt/TokenDiffModel.h"
#include "oauth/PkceFlow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using orglens::widgets::LoginView;
using orglens::widgets::MainWindow;

namespace {
bool portAcceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(1000);
}

// A top-level claim of the token shown in the inspector.
QString claimValue(MainWindow &window, const QString &claim)
{
    const auto &inspection = window.tokenInspector()->inspection();
    return inspection ? inspection->token.payload.value(claim).toString() : QString();
}
} // namespace

class TestLoginView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<MainWindow> m_window;

    LoginView *login() const { return m_window->loginView(); }
    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    void screenshot(const QString &name) const { test::saveScreenshot(*m_window, name); }
    QString deviceLogin(const QString &email)
    {
        login()->setFlow(LoginView::Flow::Device);
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        auto *userCode = child<QLabel>("userCodeLabel");
        if (!QTest::qWaitFor([&] { return !userCode->text().isEmpty(); }, 10000))
            return {};
        screenshot(QStringLiteral("login-device"));
        test::TestBrowser browser(m_demo->tenant().issuer()); // a fresh browser: no session of an earlier user
        const auto approved = browser.activate(userCode->text(), email, QLatin1String(demo::DemoPassword));
        if (approved.status != 200)
            qWarning("activate answered %d", approved.status);
        return userCode->text();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
    }

    void init()
    {
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(QStringLiteral("profiles.ini")));
        m_window = std::make_unique<MainWindow>();
        m_window->addApplicationViews(m_app->context());
        login()->setOpenBrowserAutomatically(false);
        login()->setExchangeReview([](widgets::ExchangeDialog &) { return true; }); // as proposed
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
        m_window->showView(login());
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_app.reset();
    }

    void deviceLoginShowsTheCodeAndOpensTheToken()
    {
        QVERIFY(child<QWidget>("secretStorageStatus")->isVisible()); // the status bar says: memory only
        const QString userCode = deviceLogin(QStringLiteral("bob@example.com"));
        QVERIFY(!userCode.isEmpty());
        QVERIFY(!child<QLabel>("qrCodeLabel")->pixmap().isNull());
        QVERIFY(child<QLabel>("qrCodeLabel")->pixmap().width() >= 100);
        const QString countdown = child<QLabel>("countdownLabel")->text();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^The code expires in 1[45]:\\d\\d\\.$")).match(countdown).hasMatch(),
            qPrintable(countdown));
        QVERIFY(child<QLabel>("verificationUriLabel")->text().contains(QLatin1String("activate")));

        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->tokenInspector(), 10000);
        QCOMPARE(claimValue(*m_window, QStringLiteral("sub")), QStringLiteral("auth0|bob"));
        screenshot(QStringLiteral("tokens-after-device-login"));
        QCOMPARE(m_app->history.size(), 1);
        QCOMPARE(m_app->history.records().constFirst().flow, oauth::Flow::Device);
        QVERIFY(!login()->isRunning());
        QVERIFY(child<QPushButton>("startButton")->isEnabled());
        QVERIFY(child<QPushButton>("exchangeButton")->isEnabled()); // the demo profile has an exchange client
    }

    void exchangeOpensTheDiffWithTheOrganization()
    {
        QVERIFY(!deviceLogin(QStringLiteral("alice@example.com")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->tokenInspector(), 10000);
        QCOMPARE(claimValue(*m_window, QStringLiteral("https://orglens.example/org_id")), QStringLiteral("org_acme"));

        m_window->showView(login());
        QTest::mouseClick(child<QPushButton>("exchangeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->diffView(), 10000);
        const jwt::TokenDiffModel *model = m_window->diffView()->model();
        const int row = model->rowForPath(QStringLiteral("/payload/org_id"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 0).data(jwt::TokenDiffModel::ChangeKindRole).toInt(), int(jwt::ChangeKind::Added));
        QCOMPARE(model->index(row, jwt::TokenDiffModel::AfterColumn).data().toString(), QStringLiteral("\"org_acme\""));
        QCOMPARE(m_app->history.size(), 2);
        QCOMPARE(m_app->history.records().constLast().flow, oauth::Flow::Exchange);
        m_window->diffView()->setOnlyDifferences(true);
        screenshot(QStringLiteral("compare-exchange"));
    }

    // Explain's fix "Run the token exchange with organization X" exchanges with X, not with whatever the Login form's
    // Organization field still holds from an earlier login (the action's payload reaches the exchange).
    void explainExchangeFixCarriesItsOrganization()
    {
        QVERIFY(!deviceLogin(QStringLiteral("alice@example.com")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->tokenInspector(), 10000);
        const QString token = login()->lastResult()->response.accessToken.toString();
        child<QLineEdit>("loginOrganizationEdit")->setText(QStringLiteral("org_acme")); // left from an earlier login

        widgets::ManagementConnection connection(m_app->context());
        auto *explain = new widgets::ExplainView(&connection, m_window.get());
        m_window->addView(explain, QStringLiteral("Explain"));
        widgets::wireExplainView(explain, m_window.get());
        explain->explainToken(token);
        explain->triggerAction(
            {QStringLiteral("Run the token exchange"), explain::RunExchangeFix{QStringLiteral("org_globex")}});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->diffView(), 10000);
        const jwt::TokenDiffModel *model = m_window->diffView()->model();
        const int row = model->rowForPath(QStringLiteral("/payload/org_id"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, jwt::TokenDiffModel::AfterColumn).data().toString(),
                 QStringLiteral("\"org_globex\""));
    }

    void savedProfileReadsItsExchangeSecretFromTheSecretStore()
    {
        profiles::Profile saved = demo::demoSessionProfile(m_demo->tenant().issuer()).profile;
        saved.name = QStringLiteral("demo-saved");
        QVERIFY(m_app->profiles.save(saved));
        QVERIFY(login()->selectProfile(QStringLiteral("demo-saved")));
        QVERIFY(!deviceLogin(QStringLiteral("alice@example.com")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->tokenInspector(), 10000);
        m_window->showView(login());

        // No secret stored yet: the view says where to enter it.
        QTest::mouseClick(child<QPushButton>("exchangeButton"), Qt::LeftButton);
        auto *error = child<QLabel>("loginError");
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("No exchange client secret is stored for profile 'demo-saved'")),
                 qPrintable(error->text()));

        m_app->secrets.writeNow(
            profiles::profileSecretKey(QStringLiteral("demo-saved"), profiles::SecretKind::ExchangeClientSecret),
            Secret("demo-exchange-secret"));
        QTest::mouseClick(child<QPushButton>("exchangeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->diffView(), 10000);
        QVERIFY(m_window->diffView()->model()->rowForPath(QStringLiteral("/payload/org_id")) >= 0);
    }

    void pkceCancelReturnsToIdleAndClosesTheListener()
    {
        login()->setFlow(LoginView::Flow::Pkce);
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        auto *url = child<QLineEdit>("authorizationUrlEdit");
        QTRY_VERIFY_WITH_TIMEOUT(!url->text().isEmpty(), 10000);
        QVERIFY(url->text().startsWith(m_demo->issuer() + QStringLiteral("authorize?")));
        QVERIFY(child<QLabel>("pkceStateLabel")->text().startsWith(QStringLiteral("Waiting for the browser")));
        auto *flow = qobject_cast<oauth::PkceFlow *>(login()->currentOperation());
        QVERIFY(flow);
        const quint16 port = flow->port();
        QVERIFY(portAcceptsConnections(port));
        QVERIFY(!child<QPushButton>("startButton")->isEnabled());
        screenshot(QStringLiteral("login-pkce"));

        // Escape cancels, like the Cancel button.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        child<QLineEdit>("authorizationUrlEdit")->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!login()->isRunning());
        QCOMPARE(child<QLabel>("loginStatus")->text(), QStringLiteral("Cancelled."));
        QCOMPARE(child<QStackedWidget>("flowPages")->currentWidget()->objectName(), QStringLiteral("idlePage"));
        QVERIFY(child<QPushButton>("startButton")->isEnabled());
        QVERIFY(!child<QPushButton>("cancelButton")->isEnabled());
        QVERIFY(!portAcceptsConnections(port));
    }

    void pkceLoginCompletesWhenTheBrowserComesBack()
    {
        login()->setFlow(LoginView::Flow::Pkce);
        child<QLineEdit>("loginHintEdit")->setText(QStringLiteral("carol@example.com"));
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        auto *url = child<QLineEdit>("authorizationUrlEdit");
        QTRY_VERIFY_WITH_TIMEOUT(!url->text().isEmpty(), 10000);
        const QUrlQuery params(QUrl(url->text()).query());
        QCOMPARE(params.queryItemValue(QStringLiteral("login_hint"), QUrl::FullyDecoded),
                 QStringLiteral("carol@example.com"));
        test::TestBrowser browser(m_demo->tenant().issuer());
        const auto outcome =
            browser.authorize(params, QStringLiteral("carol@example.com"), QLatin1String(demo::DemoPassword));
        QVERIFY2(!outcome.code().isEmpty(), qPrintable(outcome.last.text()));
        (void)browser.get(outcome.last.location); // the browser follows the redirect to the loopback listener
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->tokenInspector(), 10000);
        QCOMPARE(claimValue(*m_window, QStringLiteral("sub")), QStringLiteral("auth0|carol"));
        QCOMPARE(m_app->history.records().constLast().flow, oauth::Flow::Pkce);
    }

    void clientCredentialsOpensTheToken()
    {
        login()->setFlow(LoginView::Flow::ClientCredentials);
        QVERIFY(child<QLineEdit>("loginScopeEdit")->text().isEmpty()); // all granted scopes
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->currentView() == m_window->tokenInspector(),
                                  qPrintable(child<QLabel>("loginError")->text()), 10000);
        QCOMPARE(claimValue(*m_window, QStringLiteral("sub")), QStringLiteral("demo-m2m@clients"));
    }

    void profilesSayWhereSecretsGo()
    {
        m_window->showView(m_window->profileEditor());
        QVERIFY(child<QWidget>("profileSecretStorageNotice")->isVisible());
        QTest::keyClicks(child<QLineEdit>("nameEdit"), QStringLiteral("acme"));
        QTest::keyClicks(child<QLineEdit>("issuerEdit"), QStringLiteral("http://acme.eu.auth0.com"));
        QVERIFY(child<QLabel>("issuerError")->isVisible());
        screenshot(QStringLiteral("profiles-validation"));
    }

    void serverErrorsAreShownVerbatim()
    {
        auto profile = demo::demoSessionProfile(m_demo->tenant().issuer());
        profile.label = QStringLiteral("Wrong client");
        profile.profile.clientId = QStringLiteral("no-such-client");
        m_app->directory.addSessionProfile(profile);
        login()->setFlow(LoginView::Flow::Device);
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        auto *error = child<QLabel>("loginError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY2(error->text().contains(QLatin1String("(HTTP 4")), qPrintable(error->text()));
        screenshot(QStringLiteral("login-error"));
        QVERIFY(!login()->isRunning());
    }
};

QTEST_MAIN(TestLoginView)
#include "TestLoginView.moc"
