// Long operations in the GUI against a slow demo tenant over real HTTP: each shows that it is busy (in the view and
// in the status bar), Cancel and Esc abort its requests at once and leave the view clean ("Cancelled", nothing
// applied, controls back), and the next attempt works. Covers a device login, a Users search, the Explain view's
// tenant evidence fetch and the token inspector's signature check. The tenant holds its slow answers until the test
// moves its clock past their delay, so they come exactly when the test lets them.
#include "ActivityIndicator.h"
#include "AppServices.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "EventLoop.h"
#include "ExplainView.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "TokenInspectorView.h"
#include "UsersView.h"
#include "management/ManagementClient.h"
#include "management/UserTableModel.h"
#include "oauth/DeviceFlow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using orglens::widgets::ActivityIndicator;
using orglens::widgets::LoginView;
using orglens::widgets::MainWindow;
using namespace std::chrono_literals;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Latency of the slow parts on the tenant's clock. The test moves the clock past it to let answers go; real time
// would only after this long, more than looking at the busy state and cancelling takes. Small enough that the
// tenant's clock, moved on by it a dozen times, stays within the minute of skew a token's 'iat' is allowed.
constexpr auto Latency = 3s;

demo::DemoTenantOptions slowTenant()
{
    demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
    options.slowMs = int(std::chrono::milliseconds(Latency).count());         // every Management API answer
    options.slowMetadataMs = int(std::chrono::milliseconds(Latency).count()); // discovery and the JWKS
    return options;
}

// The cancel button of an indicator (visible only while busy).
QPushButton *cancelButton(ActivityIndicator *indicator)
{
    return indicator->findChild<QPushButton *>(s("activityCancelButton"));
}

// Esc as the user presses it, with the focus on `target`.
void pressEscapeIn(QWidget *target)
{
    target->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(target->window()));
    target->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), target);
    QTest::keyClick(target, Qt::Key_Escape);
}
} // namespace

class TestLongOperations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<widgets::ManagementConnection> m_connection;
    profiles::SessionProfile m_demoProfile;

    ActivityIndicator *statusIndicator() const { return m_window->activityIndicator(); }

    // Lets every answer the tenant holds go now.
    void answerHeldRequests() { m_demo->clock().advance(Latency); }

    // Waits for `done`, letting the tenant's held answers go as requests come in until it is (an answer held when
    // `done` becomes true stays held).
    bool waitAnswering(const std::function<bool()> &done, int timeoutMs = 10000)
    {
        return QTest::qWaitFor(
            [&] {
                if (done())
                    return true;
                if (m_demo->tenant().delayedReplies() > 0)
                    answerHeldRequests();
                return false;
            },
            timeoutMs);
    }

    // A user access token from a device login done by the test itself (no GUI involved).
    QString userToken(const char *email)
    {
        const auto response = m_demo->deviceLogin(s(email));
        if (response.status != 200)
            qWarning("device login answered %d: %s", response.status, response.body.constData());
        return response.json().value(s("access_token")).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = std::make_unique<DemoTenantFixture>(slowTenant());
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        m_demoProfile = demo::demoSessionProfile(m_demo->tenant().issuer());
    }

    void init()
    {
        // Fresh services per test: nothing cached (discovery, keys, tokens) from an earlier test.
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(s("profiles.ini")));
        m_window = std::make_unique<MainWindow>();
        m_window->addApplicationViews(m_app->context());
        m_app->directory.addSessionProfile(m_demoProfile);
        m_connection = std::make_unique<widgets::ManagementConnection>(m_app->context());
        m_connection->setProfileKey(profiles::ProfileKey::session(m_demoProfile.label));
        QCOMPARE(m_connection->state(), widgets::ManagementConnection::State::Ready);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY(m_window->hasPainted());
    }

    void cleanup()
    {
        m_connection.reset();
        m_window.reset();
        m_app.reset();
    }

    void statusBarShowsEveryOperationAndCancelsIt()
    {
        QObject view;
        bool cancelled = false;
        QVERIFY(!statusIndicator()->isVisible());
        m_app->operations.start(&view, s("Doing something slow…"), [&] { cancelled = true; });
        QVERIFY(statusIndicator()->isVisible());
        QCOMPARE(statusIndicator()->text(), s("Doing something slow…"));
        m_app->operations.start(&view, s("And more…"))->setCancellable(false);
        QCOMPARE(statusIndicator()->text(), s("And more… (+1 more)"));
        QTest::mouseClick(cancelButton(statusIndicator()), Qt::LeftButton);
        QVERIFY(cancelled);
        QCOMPARE(m_app->operations.operations().size(), 1); // the write is left alone
        QVERIFY(!cancelButton(statusIndicator())->isEnabled());
    }

    void deviceLoginCancelsAndThenCompletes()
    {
        LoginView *login = m_window->loginView();
        login->setOpenBrowserAutomatically(false);
        login->selectProfile(m_demoProfile.label);
        login->setFlow(LoginView::Flow::Device);
        m_window->showView(login);
        auto *start = login->findChild<QPushButton *>(s("startButton"));
        auto *status = login->findChild<QLabel *>(s("loginStatus"));
        auto *indicator = login->findChild<ActivityIndicator *>(s("loginActivity"));
        QVERIFY(indicator);

        // 1. Cancel button while the discovery request is slow: aborted at once.
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(login->isRunning());
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), s("Requesting a device code…"));
        QCOMPARE(statusIndicator()->text(), s("Requesting a device code…"));
        QVERIFY(!start->isEnabled());
        QTRY_COMPARE(m_app->network.requestsInFlight(), 1);
        test::saveScreenshot(*m_window, s("busy-login"));
        QTest::mouseClick(login->findChild<QPushButton *>(s("cancelButton")), Qt::LeftButton);
        QCOMPARE(m_app->network.requestsInFlight(), 0);
        QTRY_COMPARE(status->text(), s("Cancelled.")); // the flow reports from the event loop
        QVERIFY(!login->isRunning());
        QVERIFY(start->isEnabled());
        QVERIFY(!login->lastResult());
        QVERIFY(!statusIndicator()->isBusy());

        // 2. Esc while polling for the confirmation: polling stops (no request is sent any more).
        QTest::mouseClick(start, Qt::LeftButton);
        auto *userCode = login->findChild<QLabel *>(s("userCodeLabel"));
        QVERIFY(waitAnswering([&] { return !userCode->text().isEmpty(); }));
        QCOMPARE(indicator->text(), s("Waiting for the code to be confirmed…"));
        pressEscapeIn(login->findChild<QPushButton *>(s("copyCodeButton")));
        QTRY_COMPARE(status->text(), s("Cancelled."));
        QVERIFY(!login->isRunning());
        QVERIFY(indicator->text().startsWith(s("Cancelled: ")));
        QSignalSpy requests(&m_app->network, &CountingNetworkAccessManager::requestsInFlightChanged);
        // The flow is gone, and its poll timer with it: nothing can poll any more.
        QTRY_VERIFY(m_app->oauth.findChildren<oauth::DeviceFlow *>().isEmpty());
        QCOMPARE(requests.size(), 0);

        // 3. The next attempt completes (the discovery document is known by now).
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!userCode->text().isEmpty(), 10000);
        test::TestBrowser browser(m_demo->tenant().issuer());
        QCOMPARE(browser.activate(userCode->text(), s("alice@example.com"), QLatin1String(demo::DemoPassword)).status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(login->lastResult().has_value(), 10000);
        QVERIFY(login->lastResult()->ok());
        QVERIFY(!m_app->operations.isBusy(login)); // (the inspector now checks the new token's signature)
    }

    void usersSearchCancelsAndThenCompletes()
    {
        widgets::UsersView view(m_connection.get());
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *search = view.findChild<QPushButton *>(s("searchButton"));
        auto *status = view.findChild<QLabel *>(s("statusLabel"));
        auto *indicator = view.activityIndicator();
        QSignalSpy sent(m_connection->client(), &management::ManagementClient::requestStarted);

        // 1. Cancel button while GET /users is in flight.
        view.findChild<QLineEdit *>(s("searchEdit"))->setText(s("email:alice*"));
        QTest::mouseClick(search, Qt::LeftButton);
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), s("Searching users…"));
        QCOMPARE(statusIndicator()->text(), s("Searching users…"));
        QVERIFY(!search->isEnabled());
        QVERIFY(waitAnswering([&] { return sent.size() == 1; })); // after the discovery document and a token
        QCOMPARE(m_app->network.requestsInFlight(), 1);
        test::saveScreenshot(view, s("busy-users"));
        QTest::mouseClick(cancelButton(indicator), Qt::LeftButton);
        QCOMPARE(m_app->network.requestsInFlight(), 0);
        QCOMPARE(status->text(), s("Cancelled."));
        QTRY_VERIFY(search->isEnabled());
        QVERIFY(!m_app->operations.isBusy());

        // 2. Esc in the results table.
        QTest::mouseClick(search, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 10000);
        pressEscapeIn(view.findChild<QTableView *>(s("usersTable")));
        QCOMPARE(m_app->network.requestsInFlight(), 0);
        QCOMPARE(status->text(), s("Cancelled."));
        QTRY_VERIFY(search->isEnabled());
        answerHeldRequests();
        QTRY_COMPARE(m_demo->tenant().delayedReplies(), 0); // the aborted answers have been let go
        test::runQueuedEvents();
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(status->text(), s("Cancelled."));

        // 3. The next search completes.
        QTest::mouseClick(search, Qt::LeftButton);
        QVERIFY(waitAnswering([&] { return view.model()->rowCount() > 0; }));
        QVERIFY(status->text().contains(s("user(s)")));
        QVERIFY(search->isEnabled());
    }

    void explainEvidenceFetchCancelsAndThenCompletes()
    {
        const QString token = userToken("alice@example.com");
        QVERIFY(!token.isEmpty());
        widgets::ExplainView view(m_connection.get());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.explainToken(token);
        auto *fetch = view.findChild<QPushButton *>(s("fetchEvidenceButton"));
        auto *status = view.findChild<QLabel *>(s("statusLabel"));
        auto *indicator = view.findChild<ActivityIndicator *>(s("explainActivity"));
        QVERIFY(fetch->isEnabled());
        QSignalSpy sent(m_connection->client(), &management::ManagementClient::requestStarted);

        // 1. Cancel button while the user and the user's organizations are being read.
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(indicator->isVisible());
        QVERIFY(indicator->text().startsWith(s("Fetching tenant evidence from ")));
        QVERIFY(!fetch->isEnabled());
        QVERIFY(waitAnswering([&] { return sent.size() >= 2; }));
        QVERIFY(m_app->network.requestsInFlight() >= 2);
        test::saveScreenshot(view, s("busy-explain"));
        QTest::mouseClick(cancelButton(indicator), Qt::LeftButton);
        QCOMPARE(m_app->network.requestsInFlight(), 0);
        QCOMPARE(status->text(), s("Cancelled."));
        QVERIFY(fetch->isEnabled());
        answerHeldRequests();
        QTRY_COMPARE(m_demo->tenant().delayedReplies(), 0);
        test::runQueuedEvents();
        QCOMPARE(status->text(), s("Cancelled.")); // no evidence was applied after all

        // 2. Esc in the token field.
        const qsizetype before = sent.size();
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sent.size() > before, 10000);
        pressEscapeIn(view.findChild<QPlainTextEdit *>(s("explainTokenEdit")));
        QCOMPARE(m_app->network.requestsInFlight(), 0);
        QCOMPARE(status->text(), s("Cancelled."));
        QVERIFY(fetch->isEnabled());

        // 3. The next fetch completes.
        QTest::mouseClick(fetch, Qt::LeftButton);
        QVERIFY(waitAnswering([&] { return status->text().startsWith(s("Tenant evidence fetched")); }, 15000));
        QVERIFY(fetch->isEnabled());
        QVERIFY(!m_app->operations.isBusy());
    }

    void signatureCheckCancelsAndThenVerifies()
    {
        const QString token = userToken("alice@example.com");
        QVERIFY(!token.isEmpty());
        m_window->selectProfile(m_demoProfile.label);
        widgets::TokenInspectorView *inspector = m_window->tokenInspector();
        using State = widgets::TokenInspectorView::BadgeState;

        // 1. Cancel button in the status bar while the keys are being fetched.
        m_window->openToken(token);
        ActivityIndicator *indicator = inspector->activityIndicator(); // built with the first token
        QVERIFY(indicator);
        QCOMPARE(inspector->verificationState(), State::Checking);
        QVERIFY(indicator->isVisible());
        QVERIFY(indicator->text().startsWith(s("Fetching the signing keys of ")));
        QCOMPARE(statusIndicator()->text(), indicator->text());
        QTRY_COMPARE(m_app->network.requestsInFlight(), 1);
        test::saveScreenshot(*m_window, s("busy-inspector"));
        QTest::mouseClick(cancelButton(statusIndicator()), Qt::LeftButton);
        QCOMPARE(m_app->network.requestsInFlight(), 0);
        QCOMPARE(inspector->verificationState(), State::NotChecked);
        QVERIFY(!m_app->operations.isBusy());

        // 2. Esc in the inspector, the token shown again.
        m_window->openToken(QString());
        m_window->openToken(token);
        QCOMPARE(inspector->verificationState(), State::Checking);
        QTRY_COMPARE(m_app->network.requestsInFlight(), 1);
        pressEscapeIn(inspector->findChild<QTreeView *>());
        QCOMPARE(m_app->network.requestsInFlight(), 0);
        QCOMPARE(inspector->verificationState(), State::NotChecked);
        QVERIFY(indicator->text().startsWith(s("Cancelled: ")));
        answerHeldRequests();
        QTRY_COMPARE(m_demo->tenant().delayedReplies(), 0);
        test::runQueuedEvents();
        QCOMPARE(inspector->verificationState(), State::NotChecked);

        // 3. The next check verifies.
        m_window->openToken(QString());
        m_window->openToken(token);
        QVERIFY(waitAnswering([&] { return inspector->verificationState() == State::Verified; }));
        QVERIFY(!m_app->operations.isBusy());
    }
};

QTEST_MAIN(TestLongOperations)
#include "TestLongOperations.moc"
