// The Explain view end to end against an in-process demo tenant: a real device login recorded in the session
// history, the diagnosis shown (verdict, findings with confidence, evidence, actions), tenant evidence fetched with
// the saved profile's M2M application, SetDefaultOrg carried out on the tenant, and the actions routed by the main
// window (Login view, token inspector, browser).
#include "AppServices.h"
#include "ClientLogins.h"
#include "DemoTenantFixture.h"
#include "ExplainView.h"
#include "ExplainWiring.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "TenantStore.h"
#include "TokenInspectorView.h"

#include <QComboBox>
#include <QFrame>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using widgets::ExplainView;
using widgets::ManagementConnection;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QPushButton *actionButton(QWidget *card, const char *kind)
{
    for (QPushButton *button : card->findChildren<QPushButton *>(s("fixActionButton"))) {
        if (button->property("actionKind").toString() == QLatin1String(kind))
            return button;
    }
    return nullptr;
}

} // namespace

class TestExplainView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<ManagementConnection> m_connection;
    QString m_bobDeviceToken;

    // A device login approved in the test browser, recorded in the session history like the Login view's.
    QString deviceLogin(const QString &email)
    {
        const oauth::TokenResult result = test::deviceLoginWith(m_app->oauth, m_demo->tenant().issuer(), email);
        if (!result.ok())
            qFatal("device login failed: %s", qPrintable(result.error.text()));
        return result.response.accessToken.toString();
    }

    static QFrame *card(QWidget &view, const char *findingId)
    {
        return view.findChild<QFrame *>(s("finding_") + s(findingId));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(s("profiles.ini")));
        QVERIFY(m_app->saveDemoProfile(m_demo->tenant().issuer()));
        m_connection = std::make_unique<ManagementConnection>(m_app->context());
        m_connection->setAuditLog(management::AuditLog(m_dir.filePath(s("audit.jsonl"))));
        m_connection->setProfileKey(profiles::ProfileKey::saved(s("demo")));
        QTRY_COMPARE(m_connection->state(), ManagementConnection::State::Ready);
        m_bobDeviceToken = deviceLogin(s("bob@example.com"));
        QVERIFY(!m_bobDeviceToken.isEmpty());
    }

    void emptyStateBeforeAToken()
    {
        ExplainView view(m_connection.get());
        QVERIFY(!view.diagnosis());
        QVERIFY(view.findChild<QLabel *>(s("verdictLabel"))->text().contains(s("Paste a token")));
        QVERIFY(!view.findChild<QPushButton *>(s("fetchEvidenceButton"))->isEnabled());
    }

    void deviceTokenFindingsAndSetDefaultOrg()
    {
        ExplainView view(m_connection.get());
        QStringList questions;
        view.setConfirmation([&](const widgets::Confirmation &confirmation) {
            questions << confirmation.text();
            return true;
        });
        view.show();
        view.explainToken(m_bobDeviceToken);
        QVERIFY(view.diagnosis());
        QVERIFY(!view.diagnosis()->hasOrgId);
        QVERIFY(view.findChild<QLabel *>(s("verdictLabel"))->text().contains(s("lacks org_id")));
        // The session record says device flow: certain, and first.
        QCOMPARE(view.diagnosis()->findings.first().id, s("device-flow"));
        QFrame *device = card(view, "device-flow");
        QVERIFY(device);
        QCOMPARE(device->findChild<QLabel *>(s("confidenceBadge"))->property("confidence").toString(), s("certain"));
        QVERIFY(device->findChild<QLabel *>(s("findingBody"))->text().contains(s("✓ supports")));
        QVERIFY(actionButton(device, "login_with_organization"));

        // Tenant evidence: bob has no default_org_id -> no-default-org with a SetDefaultOrg action.
        QSignalSpy diagnosed(&view, &ExplainView::diagnosed);
        QTest::mouseClick(view.findChild<QPushButton *>(s("fetchEvidenceButton")), Qt::LeftButton);
        QTRY_VERIFY(diagnosed.size() >= 1);
        QFrame *noDefault = card(view, "no-default-org");
        QVERIFY2(noDefault, QJsonDocument(view.diagnosis()->toJson()).toJson().constData());
        QCOMPARE(noDefault->findChild<QLabel *>(s("confidenceBadge"))->property("confidence").toString(), s("certain"));
        QPushButton *setDefault = actionButton(noDefault, "set_default_org");
        QVERIFY(setDefault);

        QSignalSpy changed(&view, &ExplainView::defaultOrgChanged);
        // The card was built a moment ago: a user can click it only once it is laid out (on a busy machine the
        // layout request may still be queued, and a zero-height button ignores the click).
        QTRY_VERIFY(!setDefault->rect().isEmpty());
        QTest::mouseClick(setDefault, Qt::LeftButton);
        auto status = [&view] { return view.findChild<QLabel *>(s("statusLabel"))->text(); };
        QTRY_VERIFY2_WITH_TIMEOUT(changed.size() == 1, qPrintable(status()), 15000); // a paced PATCH, on a busy machine
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(s("(none) → org_acme")));
        // A write names its tenant and profile.
        QVERIFY2(questions.first().startsWith(s("Write to tenant 127.0.0.1:")), qPrintable(questions.first()));
        QCOMPARE(m_demo->tenant().store().findUser(s("auth0|bob"))->appMetadata.value(s("default_org_id")).toString(),
                 s("org_acme"));
        QCOMPARE(m_demo->tenant().store().findUser(s("auth0|bob"))->appMetadata.value(s("plan")).toString(), s("free"));
        // The evidence is fetched again: the cause is gone from the diagnosis.
        QTRY_VERIFY(!card(view, "no-default-org"));
        QTRY_VERIFY(view.findChild<QLabel *>(s("statusLabel"))->text().contains(s("audit entry")));
    }

    void actionsAreWiredByTheMainWindow()
    {
        widgets::MainWindow window;
        window.addApplicationViews(m_app->context());
        auto *view = new ExplainView(m_connection.get(), &window);
        window.addView(view, s("Explain"));
        widgets::wireExplainView(view, &window);
        QList<QUrl> opened;
        view->setUrlOpener([&](const QUrl &url) {
            opened << url;
            return true;
        });
        int confirmations = 0;
        view->setConfirmation([&](const widgets::Confirmation &) { return ++confirmations > 1; }); // no, then yes
        window.show();

        // "Use the inspector's token" reads the inspector.
        window.openToken(m_bobDeviceToken);
        window.showView(view);
        auto *useInspector = view->findChild<QPushButton *>(s("useInspectorTokenButton"));
        QVERIFY(useInspector->isVisible());
        QTest::mouseClick(useInspector, Qt::LeftButton);
        QCOMPARE(view->tokenText(), m_bobDeviceToken);
        QVERIFY(view->diagnosis());
        // With the tenant evidence the engine knows which organization to suggest (bob's membership).
        QSignalSpy diagnosed(view, &ExplainView::diagnosed);
        view->fetchTenantEvidence();
        QTRY_COMPARE(diagnosed.size(), 1);

        // Log in with organization -> the Login view, prepared for PKCE with the organization.
        QPushButton *login = actionButton(card(*view, "device-flow"), "login_with_organization");
        QVERIFY(login);
        QTest::mouseClick(login, Qt::LeftButton);
        QCOMPARE(window.currentView(), window.loginView());
        QCOMPARE(window.findChild<QLineEdit *>(s("loginOrganizationEdit"))->text(), s("org_acme"));
        QCOMPARE(window.findChild<QComboBox *>(s("flowCombo"))->currentData().toInt(),
                 int(widgets::LoginView::Flow::Pkce));

        // Run the exchange -> the Login view (it exchanges its own last token).
        window.showView(view);
        view->triggerAction({s("Run the token exchange"), explain::RunExchangeFix{}});
        QCOMPARE(window.currentView(), window.loginView());

        // Tenant settings open in the browser only after a confirmation.
        const QUrl settings(s("https://manage.auth0.com/dashboard/"));
        QSignalSpy openedSpy(view, &ExplainView::tenantSettingsOpened);
        const explain::FixAction open{s("Open"), explain::OpenTenantSettingsFix{settings}};
        view->triggerAction(open); // declined
        QVERIFY(opened.isEmpty());
        view->triggerAction(open); // confirmed
        QCOMPARE(opened, QList<QUrl>{settings});
        QCOMPARE(openedSpy.size(), 1);
    }
};

QTEST_MAIN(TestExplainView)
#include "TestExplainView.moc"
