// Results never pass for current ones, and fields are neither silently ignored nor silently reused, against an
// in-process demo tenant over real HTTP: a failed login greys the earlier tokens and disables their exchange, a
// success clears an earlier error, another profile greys the Login, Bulk and Users results (each says which run on
// which tenant it shows), a reloaded user list clears the details and Save; a device login disables Organization and
// says why, the exchange shows its parameters proposed from the token and the profile (never the login form's), the
// Explain view's "Log in with organization" drops an unrelated login hint, and Start stays put whatever the flow.
#include "AppServices.h"
#include "BulkResultModel.h"
#include "BulkView.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "ExchangeDialog.h"
#include "ExplainView.h"
#include "ExplainWiring.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "TokenDiffView.h"
#include "TokenInspectorView.h"
#include "UsersView.h"
#include "jwt/TokenDiffModel.h"
#include "management/UserTableModel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using orglens::widgets::LoginView;
using orglens::widgets::MainWindow;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// A second tenant to switch to; nothing is sent to it.
profiles::SessionProfile otherTenant()
{
    profiles::SessionProfile other;
    other.label = s("Acme production");
    other.profile.name = s("acme-prod");
    other.profile.issuer = QUrl(s("https://acme.eu.auth0.com/"));
    other.profile.clientId = s("acme-native");
    other.profile.managementClientId = s("acme-m2m");
    other.profile.exchangeClientId = s("acme-exchange");
    other.managementClientSecret = Secret("acme-m2m-secret");
    other.exchangeClientSecret = Secret("acme-exchange-secret");
    return other;
}

// Lets posted layout requests run, so that geometries are the ones a user would see.
void settleLayouts()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}
} // namespace

class TestStaleResults : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<MainWindow> m_window;
    QString m_demoLabel;

    LoginView *login() const { return m_window->loginView(); }
    template <typename T> T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QPushButton *exchangeButton() const { return child<QPushButton>("exchangeButton"); }
    QLabel *resultCaption() const { return child<QLabel>("resultCaption"); }

    // A device login started from the form and confirmed (or denied) by `email` in a browser of its own.
    bool deviceLogin(const QString &email, const QString &action = s("accept"))
    {
        login()->setFlow(LoginView::Flow::Device);
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        auto *userCode = child<QLabel>("userCodeLabel");
        if (!QTest::qWaitFor([&] { return !userCode->text().isEmpty(); }, 10000))
            return false;
        test::TestBrowser browser(m_demo->tenant().issuer());
        const auto answer = browser.activate(userCode->text(), email, QLatin1String(demo::DemoPassword), action);
        return answer.status == 200 && QTest::qWaitFor([&] { return !login()->isRunning(); }, 15000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        m_demoLabel = demo::demoSessionProfile(m_demo->tenant().issuer()).label;
    }

    void init()
    {
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(s("profiles.ini")));
        m_window = std::make_unique<MainWindow>();
        m_window->addApplicationViews(m_app->context());
        login()->setOpenBrowserAutomatically(false);
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
        m_window->showView(login());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_app.reset();
    }

    void failedLoginGreysTheEarlierTokensAndDisablesTheirExchange()
    {
        QVERIFY(deviceLogin(s("alice@example.com")));
        m_window->showView(login());
        QVERIFY(login()->lastResult() && login()->lastResult()->ok());
        const QString caption = resultCaption()->text();
        QVERIFY2(caption.startsWith(
                     s("Device authorization on %1 (%2) at ").arg(m_demoLabel, m_demo->tenant().issuer().authority())),
                 qPrintable(caption));
        QVERIFY(resultCaption()->isEnabled());
        QVERIFY(exchangeButton()->isEnabled());

        QVERIFY(deviceLogin(s("alice@example.com"), s("deny")));
        QVERIFY(child<QLabel>("loginError")->isVisible());
        QVERIFY2(resultCaption()->text().contains(s("from an earlier login: the latest one failed")),
                 qPrintable(resultCaption()->text()));
        QVERIFY(resultCaption()->text().startsWith(caption)); // still says which run the tokens are from
        QVERIFY(!resultCaption()->isEnabled());               // greyed
        QVERIFY(!child<QLabel>("resultSummary")->isEnabled());
        QVERIFY(!exchangeButton()->isEnabled());
        test::saveScreenshot(*m_window, s("login-failed-after-success"));

        // Exchanging anyway (as the Explain view may ask) is refused with a reason.
        const int records = m_app->history.size();
        login()->exchangeLastToken(QString());
        QVERIFY(child<QLabel>("loginError")->text().contains(s("from an earlier login or another profile")));
        QCOMPARE(m_app->history.size(), records);

        // The next successful login is current again.
        QVERIFY(deviceLogin(s("alice@example.com")));
        QVERIFY(resultCaption()->isEnabled());
        QVERIFY(exchangeButton()->isEnabled());
    }

    void anotherProfileGreysTheLoginResult()
    {
        QVERIFY(deviceLogin(s("alice@example.com")));
        m_window->showView(login());
        QVERIFY(exchangeButton()->isEnabled());

        m_app->directory.addSessionProfile(otherTenant()); // added and chosen
        QCOMPARE(child<QComboBox>("profileCombo")->currentData().value<profiles::ProfileKey>().name,
                 s("Acme production"));
        QVERIFY(!exchangeButton()->isEnabled()); // the other tenant's exchange application would get this token
        QVERIFY(!resultCaption()->isEnabled());
        QVERIFY2(resultCaption()->text().contains(m_demoLabel) &&
                     resultCaption()->text().contains(s("another profile is chosen now")),
                 qPrintable(resultCaption()->text()));

        login()->exchangeLastToken(); // as the Explain view may ask: refused, the token is the demo tenant's
        auto *error = child<QLabel>("loginError");
        QVERIFY(error->isVisible());

        QVERIFY(login()->selectProfile(m_demoLabel));
        QVERIFY(exchangeButton()->isEnabled());
        QVERIFY(resultCaption()->isEnabled());
        QVERIFY(!error->isVisible()); // it was about the other profile
    }

    void successClearsAnEarlierError()
    {
        // The browser cannot be opened: the user copies the address and logs in there.
        QList<QUrl> refused;
        login()->setOpenBrowserAutomatically(true);
        login()->setBrowserOpener([&refused](const QUrl &url) {
            refused << url;
            return false;
        });
        login()->setFlow(LoginView::Flow::Pkce);
        QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 10000);
        auto *error = child<QLabel>("loginError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().startsWith(s("Could not open a browser")));

        const QUrlQuery params(refused.constFirst().query());
        test::TestBrowser browser(m_demo->tenant().issuer());
        const auto outcome = browser.authorize(params, s("carol@example.com"), QLatin1String(demo::DemoPassword));
        QVERIFY2(!outcome.code().isEmpty(), qPrintable(outcome.last.text()));
        (void)browser.get(outcome.last.location); // back to the loopback listener
        QTRY_VERIFY_WITH_TIMEOUT(!login()->isRunning(), 10000);
        QVERIFY(login()->lastResult() && login()->lastResult()->ok());
        QVERIFY(!error->isVisible());
        QVERIFY(resultCaption()->text().startsWith(s("Authorization code + PKCE on %1").arg(m_demoLabel)));
    }

    void deviceFlowSaysOrganizationIsNotUsed()
    {
        auto *organization = child<QLineEdit>("loginOrganizationEdit");
        auto *note = child<QLabel>("flowNote");
        login()->setFlow(LoginView::Flow::Pkce);
        organization->setText(s("org_acme"));
        QVERIFY(organization->isEnabled());
        QVERIFY(note->isHidden());

        login()->setFlow(LoginView::Flow::Device);
        QVERIFY(!organization->isEnabled());
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(s("Auth0 ignores the organization in the Device Authorization flow")),
                 qPrintable(note->text()));
        QCOMPARE(organization->toolTip(), oauth::organizationIgnoredReason(oauth::Flow::Device));
        test::saveScreenshot(*m_window, s("login-device-organization"));

        // The device login does not send it (the session record holds what was sent).
        QVERIFY(deviceLogin(s("alice@example.com")));
        QCOMPARE(m_app->history.records().constLast().flow, oauth::Flow::Device);
        QCOMPARE(m_app->history.records().constLast().parameters.value(s("organization")).toString(), QString());

        login()->setFlow(LoginView::Flow::ClientCredentials);
        QVERIFY(organization->isEnabled());
        QVERIFY(note->isHidden());
        QCOMPARE(organization->text(), s("org_acme")); // kept for the flows that use it
    }

    void exchangeShowsItsParametersFromTheTokenAndTheProfile()
    {
        QVERIFY(deviceLogin(s("alice@example.com")));
        m_window->showView(login());
        // Left in the form for the next login: none of it goes into the exchange.
        child<QLineEdit>("loginOrganizationEdit")->setText(s("org_globex"));
        child<QLineEdit>("loginAudienceEdit")->setText(s("https://leftover.example/"));
        child<QLineEdit>("loginScopeEdit")->setText(s("openid"));

        const profiles::Profile demoProfile = demo::demoSessionProfile(m_demo->tenant().issuer()).profile;
        QString audience, scope, organization, subject;
        login()->setExchangeReview([&](widgets::ExchangeDialog &dialog) {
            audience = dialog.findChild<QLineEdit *>(s("exchangeAudienceEdit"))->text();
            scope = dialog.findChild<QLineEdit *>(s("exchangeScopeEdit"))->text();
            organization = dialog.findChild<QLineEdit *>(s("exchangeOrganizationEdit"))->text();
            subject = dialog.findChild<QLabel *>(s("exchangeSubject"))->text();
            test::saveScreenshot(dialog, s("exchange-dialog"), 0);
            return true;
        });
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QCOMPARE(audience, demoProfile.audience);
        QCOMPARE(scope, demoProfile.scope);
        QCOMPARE(organization, s("org_acme")); // alice's token: https://orglens.example/org_id
        QVERIFY2(subject.contains(s("Device authorization on %1").arg(m_demoLabel)) &&
                     subject.contains(s("demo-exchange")),
                 qPrintable(subject));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentView() == m_window->diffView(), 10000);
        QCOMPARE(m_app->history.records().constLast().flow, oauth::Flow::Exchange);
        QCOMPARE(m_app->history.records().constLast().parameters.value(s("organization")).toString(), s("org_acme"));
        const jwt::TokenDiffModel *model = m_window->diffView()->model();
        const int row = model->rowForPath(s("/payload/org_id"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, jwt::TokenDiffModel::AfterColumn).data().toString(), s("\"org_acme\""));

        // Declined: nothing is sent.
        m_window->showView(login());
        const int records = m_app->history.size();
        login()->setExchangeReview([](widgets::ExchangeDialog &) { return false; });
        QTest::mouseClick(exchangeButton(), Qt::LeftButton);
        QCOMPARE(child<QLabel>("loginStatus")->text(), s("The token exchange was not sent."));
        QCOMPARE(m_app->history.size(), records);
    }

    void explainLoginWithOrganizationDropsAnUnrelatedLoginHint()
    {
        login()->setFlow(LoginView::Flow::Pkce);
        child<QLineEdit>("loginHintEdit")->setText(s("carol@example.com")); // from an earlier login
        widgets::ManagementConnection connection(m_app->context());
        auto *explain = new widgets::ExplainView(&connection, m_window.get());
        m_window->addView(explain, s("Explain"));
        widgets::wireExplainView(explain, m_window.get());
        m_window->showView(explain);

        explain->triggerAction(
            {s("Log in with organization"), explain::LoginWithOrganizationFix{oauth::Flow::Pkce, s("org_acme")}});
        QCOMPARE(m_window->currentView(), login());
        QCOMPARE(child<QLineEdit>("loginOrganizationEdit")->text(), s("org_acme"));
        QCOMPARE(child<QLineEdit>("loginHintEdit")->text(), QString());

        // A hint given with the login is kept.
        login()->prepareLogin(oauth::Flow::Pkce, s("org_acme"), s("bob@example.com"));
        QCOMPARE(child<QLineEdit>("loginHintEdit")->text(), s("bob@example.com"));
    }

    void startStaysPutWhateverTheFlow()
    {
        auto *start = child<QPushButton>("startButton");
        auto *status = child<QLabel>("loginStatus");
        const auto place = [&] {
            settleLayouts();
            return QRect(start->mapTo(login(), QPoint(0, 0)), start->size());
        };
        login()->setFlow(LoginView::Flow::Pkce);
        const QRect pkce = place();
        const int statusTop = status->y();
        login()->setFlow(LoginView::Flow::Device);
        QCOMPARE(place(), pkce);
        // The note came, below Start, whole (the form's rows keep their height).
        auto *note = child<QLabel>("flowNote");
        QVERIFY(status->y() > statusTop);
        QVERIFY(note->y() > start->mapTo(login(), QPoint(0, start->height())).y());
        QVERIFY2(note->height() >= note->heightForWidth(note->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(note->height()).arg(note->heightForWidth(note->width()))));
        login()->setFlow(LoginView::Flow::ClientCredentials);
        QCOMPARE(place(), pkce);
        QCOMPARE(status->y(), statusTop);
        login()->setFlow(LoginView::Flow::Device);
        QCOMPARE(place(), pkce);
    }

    void bulkResultsOfAnotherProfileAreGreyed()
    {
        m_app->directory.addSessionProfile(otherTenant());
        widgets::ManagementConnection connection(m_app->context());
        widgets::BulkView view(&connection);
        view.setConfirmation([](const widgets::Confirmation &) { return true; });
        view.show();
        connection.setProfileKey(profiles::ProfileKey::session(m_demoLabel));
        QCOMPARE(connection.state(), widgets::ManagementConnection::State::Ready);
        QFile csv(m_dir.filePath(s("stale-bulk.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("user_id,org_id\nauth0|bob,org_acme\n");
        csv.close();
        QFile::remove(csv.fileName() + s(".journal"));
        QSignalSpy validated(&view, &widgets::BulkView::validated);
        view.openCsv(csv.fileName());
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 10000);
        QVERIFY(validated.constFirst().constFirst().toBool());
        auto *caption = view.findChild<QLabel *>(s("bulkResultCaption"));
        QVERIFY(caption->text().startsWith(s("Dry run on %1").arg(m_demoLabel)));
        QSignalSpy finished(&view, &widgets::BulkView::runFinished);
        view.apply();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        auto *progress = view.findChild<QProgressBar *>(s("progressBar"));
        auto *table = view.findChild<QTableView *>(s("resultsTable"));
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(!progress->isHidden());
        QVERIFY2(caption->text().startsWith(
                     s("Bulk run on %1 (%2)").arg(m_demoLabel, m_demo->tenant().issuer().authority())),
                 qPrintable(caption->text()));
        QVERIFY(caption->isEnabled() && table->isEnabled());

        connection.setProfileKey(profiles::ProfileKey::session(s("Acme production")));
        QVERIFY(caption->text().startsWith(s("Bulk run on %1").arg(m_demoLabel))); // what the rows are
        QVERIFY(caption->text().contains(s("another profile is in use now")));
        QVERIFY(!caption->isEnabled());
        QVERIFY(!table->isEnabled());
        QVERIFY(progress->isHidden()); // no "100 %" next to the other tenant's name
        QVERIFY(!view.findChild<QPushButton *>(s("applyButton"))->isEnabled());
        test::saveScreenshot(view, s("bulk-other-profile"));

        connection.setProfileKey(profiles::ProfileKey::session(m_demoLabel));
        QVERIFY(caption->isEnabled());
        QVERIFY(table->isEnabled());
    }

    void usersReloadClearsTheDetailsAndSave()
    {
        m_app->directory.addSessionProfile(otherTenant());
        widgets::ManagementConnection connection(m_app->context());
        widgets::UsersView view(&connection);
        view.show();
        connection.setProfileKey(profiles::ProfileKey::session(m_demoLabel));
        QCOMPARE(connection.state(), widgets::ManagementConnection::State::Ready);
        auto *search = view.findChild<QLineEdit *>(s("searchEdit"));
        auto *details = view.findChild<QPlainTextEdit *>(s("appMetadataText"));
        auto *save = view.findChild<QPushButton *>(s("saveButton"));
        auto *caption = view.findChild<QLabel *>(s("usersResultCaption"));
        search->setText(s("email:alice*"));
        view.search();
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 10000);
        QVERIFY2(caption->text().startsWith(
                     s("Search “email:alice*” on %1 (%2) at ").arg(m_demoLabel, m_demo->tenant().issuer().authority())),
                 qPrintable(caption->text()));
        view.findChild<QTableView *>(s("usersTable"))->setCurrentIndex(view.model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        QVERIFY(!details->toPlainText().isEmpty());

        // The list reloads: no user is selected in it, so none is shown and nothing can be saved.
        search->clear();
        view.search();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 1, 10000);
        QVERIFY(details->toPlainText().isEmpty());
        QCOMPARE(view.findChild<QListWidget *>(s("organizationsList"))->count(), 0);
        QCOMPARE(view.findChild<QComboBox *>(s("defaultOrgCombo"))->count(), 0);
        QVERIFY(!save->isEnabled());
        QVERIFY(caption->text().startsWith(s("First users on %1").arg(m_demoLabel)));

        // Another profile: the list and its caption go.
        connection.setProfileKey(profiles::ProfileKey::session(s("Acme production")));
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(caption->isHidden());
    }
};

QTEST_MAIN(TestStaleResults)
#include "TestStaleResults.moc"
