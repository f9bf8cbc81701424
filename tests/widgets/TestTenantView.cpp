// The Tenant view, the application's way (MainWindow, the shared ManagementConnection, the management views wired as
// main() wires them) against in-process demo tenants over real HTTP: the support article's tenant shows its failing
// steps, the probes run only when ticked in the probe dialog and prove the critical hole, the fixed tenant passes
// every step, another profile greys the result, and the Explain view hands its token's user over.
#include "ActionRunner.h"
#include "AppServices.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "ExplainView.h"
#include "ExplainWiring.h"
#include "Language.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "ManagementWiring.h"
#include "ProbeDialog.h"
#include "RunCaption.h"
#include "TenantView.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using widgets::MainWindow;
using widgets::ProbeDialog;
using widgets::TenantView;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

demo::DemoTenantOptions withActions(demo::ActionPreset preset)
{
    demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
    options.actionPreset = preset;
    return options;
}

// The window as main() builds it: the management views and Explain on one connection, wired to the switcher.
struct Window {
    explicit Window(test::AppServices &app, const QString &auditFile) : connection(app.context())
    {
        connection.setAuditLog(management::AuditLog(auditFile));
        window.addApplicationViews(app.context());
        widgets::addManagementViews(&window, &connection);
        explain = new widgets::ExplainView(&connection, &window);
        window.addView(explain, s("Explain"), MainWindow::ViewSlot::Explain);
        widgets::wireExplainView(explain, &window);
        widgets::wireManagementConnection(&window, &connection);
        window.resize(1024, 700);
        window.show();
    }
    TenantView *tenant() { return qobject_cast<TenantView *>(window.view(MainWindow::ViewSlot::Tenant)); }

    widgets::ManagementConnection connection; // declared before the window, as in main()
    MainWindow window;
    widgets::ExplainView *explain = nullptr;
};

} // namespace

class TestTenantView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<Window> m_ui;

    // A window on a fresh demo tenant with these Actions, its session profile chosen.
    void open(demo::ActionPreset preset)
    {
        m_demo = std::make_unique<DemoTenantFixture>(withActions(preset));
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(s("profiles.ini")));
        m_ui = std::make_unique<Window>(*m_app, m_dir.filePath(s("audit.jsonl")));
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
        QCOMPARE(m_ui->connection.state(), widgets::ManagementConnection::State::Ready);
        m_ui->window.showView(view());
    }

    TenantView *view() { return m_ui->tenant(); }
    template <typename T> T *child(const char *name)
    {
        auto *widget = view()->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    QLabel *summary() { return child<QLabel>("tenantSummary"); }
    QTreeWidget *steps() { return child<QTreeWidget>("tenantSteps"); }

    // Clicks a button and waits for the report.
    bool clickAndWait(QPushButton *button)
    {
        QSignalSpy checked(view(), &TenantView::checked);
        // Whoever hears of the result (the screenshot tour, the status bar) finds the view ready for the next check.
        bool readyWhenChecked = false;
        auto *check = child<QPushButton>("checkTenantButton");
        const QMetaObject::Connection heard =
            connect(view(), &TenantView::checked, this, [&] { readyWhenChecked = check->isEnabled(); });
        QTest::mouseClick(button, Qt::LeftButton);
        const bool done = !checked.isEmpty() || checked.wait(30000);
        disconnect(heard);
        return done && readyWhenChecked;
    }

    // The checklist row of a step: rows follow the report's order.
    QTreeWidgetItem *item(const char *id)
    {
        const auto &report = *view()->report();
        for (int i = 0; i < report.steps.size(); ++i) {
            if (report.steps.at(i).id == QLatin1String(id))
                return steps()->topLevelItem(i);
        }
        qFatal("no step %s", id);
        return nullptr;
    }
    // A step's row as the user sees it: "status | title".
    QString row(const char *id) { return item(id)->text(0) + s(" | ") + item(id)->text(1); }

    // Runs the probes ticked by `tick` through the dialog; false when the dialog offered a box ticked already.
    bool runProbes(const std::function<void(ProbeDialog &)> &tick)
    {
        bool untickedAtFirst = false;
        view()->setProbeReview([&](ProbeDialog &dialog) {
            untickedAtFirst = !dialog.actionsBox()->isChecked() && !dialog.exchangeBox()->isChecked() &&
                              !dialog.findChild<QPushButton *>(s("runProbesButton"))->isEnabled();
            tick(dialog);
            dialog.adjustSize();
            test::saveScreenshot(dialog, s("tenant-probe-dialog"), 0);
            return true;
        });
        return clickAndWait(child<QPushButton>("runProbesButton")) && untickedAtFirst;
    }

    void screenshot(const QString &name)
    {
        test::saveScreenshot(m_ui->window, name);
        if (qEnvironmentVariableIsSet("ORGLENS_SCREENSHOT_DIR")) {
            m_ui->window.resize(1920, 1080);
            test::saveScreenshot(m_ui->window, name + s("-1920x1080"));
            m_ui->window.resize(1024, 700);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the application does: counts read "1 warning", "11 steps".
        QCOMPARE(i18n::installTranslations(s("en")), s("en"));
    }

    void cleanup()
    {
        m_ui.reset();
        m_app.reset();
        m_demo.reset();
    }

    void theTenantViewIsInTheNavigationAndGoMenu()
    {
        open(demo::ActionPreset::Article);
        QVERIFY(view());
        QCOMPARE(m_ui->window.currentView(), view());
        auto *go = m_ui->window.findChild<QAction *>(s("showView9Action"));
        QVERIFY(go);
        QCOMPARE(go->text(), s("Tenant"));
        QCOMPARE(go->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_9));
        QVERIFY(summary()->text().startsWith(s("Check tenant reads")));
        QCOMPARE(steps()->topLevelItemCount(), 0);
    }

    void articleTenantShowsItsFailingStepsAndTheProbesProveTheHole()
    {
        open(demo::ActionPreset::Article);
        child<QLineEdit>("tenantUserEdit")->setText(s("auth0|alice"));
        QVERIFY(clickAndWait(child<QPushButton>("checkTenantButton")));
        QCOMPARE(steps()->topLevelItemCount(), 11);
        QCOMPARE(row("post-login-bound"),
                 s("✓ Pass | A Post-Login Action that sets the namespaced org claim is bound"));
        QVERIFY2(row("namespace-match").startsWith(s("✗ Fail | ")), qPrintable(row("namespace-match")));
        QVERIFY2(row("refresh-claim").startsWith(s("– Not checked | ")), qPrintable(row("refresh-claim")));
        QVERIFY(row("user-default-org").startsWith(s("✓ Pass")));
        QVERIFY(!summary()->property("critical").toBool());
        QVERIFY2(summary()->text().startsWith(s("✗ ")) && summary()->text().contains(s("failed")),
                 qPrintable(summary()->text()));
        auto *caption = child<widgets::RunCaption>("tenantResultCaption");
        QVERIFY2(
            caption->text().startsWith(
                s("Tenant check for auth0|alice on Demo tenant (%1) at ").arg(m_demo->tenant().issuer().authority())),
            qPrintable(caption->text()));
        // The most serious row is selected: its evidence and fix are shown.
        QCOMPARE(steps()->currentItem(), item("namespace-match"));
        QVERIFY(child<QTextBrowser>("tenantStepDetails")->toPlainText().contains(s("Fix:")));

        // Cancelled, or nothing ticked: no probe runs.
        view()->setProbeReview([](ProbeDialog &) { return false; });
        QTest::mouseClick(child<QPushButton>("runProbesButton"), Qt::LeftButton);
        QCOMPARE(child<QLabel>("statusLabel")->text(), s("No probe was run."));
        QVERIFY(view()->report()->probes.isEmpty());

        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the Action probe needs the demo tenant to run Actions");
        QVERIFY(runProbes([](ProbeDialog &dialog) { dialog.actionsBox()->setChecked(true); }));
        QCOMPARE(view()->report()->probes.size(), 1);
        QVERIFY2(row("refresh-claim").startsWith(s("✗ Fail | Refreshed tokens keep the org claim")),
                 qPrintable(row("refresh-claim")));
        QVERIFY2(row("exchange-verifies-subject").startsWith(s("✗ Critical | ")),
                 qPrintable(row("exchange-verifies-subject")));
        QVERIFY(summary()->property("critical").toBool());
        QVERIFY(summary()->isVisible());
        QVERIFY2(summary()->text().startsWith(s("✗ 3 failed (1 critical), 1 warning. Critical: the token exchange "
                                                "accepts forged subject tokens")),
                 qPrintable(summary()->text()));
        QVERIFY(summary()->font().bold());
        // The critical step is the one selected.
        QVERIFY(child<QTextBrowser>("tenantStepDetails")->toPlainText().contains(s("setUserById(auth0|user123)")));
        QVERIFY(caption->text().startsWith(s("Tenant check with probes for auth0|alice")));
        screenshot(s("tenant-article"));

        // The live exchange: the decoded claims of the token the tenant issued are the probe's evidence.
        QVERIFY(runProbes([](ProbeDialog &dialog) { dialog.exchangeBox()->setChecked(true); }));
        QCOMPARE(view()->report()->probes.size(), 1);
        QTreeWidgetItem *probe = steps()->topLevelItem(steps()->topLevelItemCount() - 1);
        QVERIFY2(probe->text(1).startsWith(s("A token was issued for a subject token forged for auth0|alice")),
                 qPrintable(probe->text(1)));
        steps()->setCurrentItem(probe);
        QVERIFY(child<QTextBrowser>("tenantStepDetails")->toPlainText().contains(s("org_id: \"org_xyz\"")));
        QVERIFY(!child<QTextBrowser>("tenantStepDetails")->toPlainText().contains(s("eyJ")));
        QVERIFY(summary()->property("critical").toBool());
    }

    void fixedTenantPassesEveryStep()
    {
        if (demo::ActionRunner::defaultModulesDirectory().isEmpty() ||
            !demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node or jose is not installed: configure with -DORGLENS_NODE_MODULES=<dir with node_modules/jose>");
        open(demo::ActionPreset::Fixed);
        // A device login first, so the logs have something to show.
        QCOMPARE(m_demo->deviceLogin(s("alice@example.com")).status, 200);
        child<QLineEdit>("tenantUserEdit")->setText(s("auth0|alice"));
        QVERIFY(runProbes([](ProbeDialog &dialog) {
            dialog.actionsBox()->setChecked(true);
            dialog.exchangeBox()->setChecked(true);
        }));
        QCOMPARE(steps()->topLevelItemCount(), 11 + 2);
        for (int i = 0; i < 11; ++i)
            QVERIFY2(steps()->topLevelItem(i)->text(0) == s("✓ Pass"), qPrintable(steps()->topLevelItem(i)->text(1)));
        QCOMPARE(summary()->text(), s("✓ All 11 steps pass."));
        QVERIFY(!summary()->property("critical").toBool());
        QVERIFY(steps()->topLevelItem(12)->text(1).startsWith(s("Refused, as it should be")));
        screenshot(s("tenant-fixed"));
    }

    void anotherProfileGreysTheResult()
    {
        open(demo::ActionPreset::Article);
        QVERIFY(clickAndWait(child<QPushButton>("checkTenantButton")));
        auto *caption = child<widgets::RunCaption>("tenantResultCaption");
        QVERIFY(caption->isEnabled());
        QVERIFY(steps()->isEnabled());

        profiles::SessionProfile other;
        other.label = s("Acme production");
        other.profile.name = s("acme-prod");
        other.profile.issuer = QUrl(s("https://acme.eu.auth0.com/"));
        other.profile.managementClientId = s("acme-m2m");
        other.managementClientSecret = Secret("acme-m2m-secret");
        m_app->directory.addSessionProfile(other); // added and chosen; nothing is sent to it
        QCOMPARE(m_ui->connection.profileLabel(), s("Acme production"));
        QVERIFY(caption->isStale());
        QVERIFY(!caption->isEnabled()); // greyed
        QVERIFY2(caption->text().contains(s("another profile is in use now")), qPrintable(caption->text()));
        QVERIFY(!steps()->isEnabled());
        QVERIFY(!summary()->isEnabled());
        screenshot(s("tenant-other-profile"));

        m_ui->window.selectProfile(demo::demoSessionProfile(m_demo->tenant().issuer()).label);
        QVERIFY(caption->isEnabled());
        QVERIFY(steps()->isEnabled());
    }

    void explainHandsItsUserToTheTenantView()
    {
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the demo tenant's logins run its Actions");
        open(demo::ActionPreset::Article);
        const QString token = m_demo->deviceLogin(s("alice@example.com")).json().value(s("access_token")).toString();
        QVERIFY(!token.isEmpty());
        m_ui->window.showView(m_ui->explain);
        m_ui->explain->explainToken(token);
        QSignalSpy checked(view(), &TenantView::checked);
        QTest::mouseClick(m_ui->explain->findChild<QPushButton *>(s("checkTenantButton")), Qt::LeftButton);
        QCOMPARE(m_ui->window.currentView(), view());
        QCOMPARE(view()->userId(), s("auth0|alice"));
        QVERIFY(!checked.isEmpty() || checked.wait(30000));
        QCOMPARE(view()->report()->userId, s("auth0|alice"));
    }

    void theProfileSwitcherChecksItsTenant()
    {
        open(demo::ActionPreset::None);
        m_ui->window.showView(m_ui->explain);
        auto *action = m_ui->window.findChild<QAction *>(s("checkTenantAction"));
        QVERIFY(action);
        QSignalSpy checked(view(), &TenantView::checked);
        action->trigger();
        QCOMPARE(m_ui->window.currentView(), view());
        QVERIFY(!checked.isEmpty() || checked.wait(30000));
        QCOMPARE(view()->report()->tenant, m_demo->issuer());
        QVERIFY(row("post-login-bound").contains(s("Fail")));
    }
};

QTEST_MAIN(TestTenantView)
#include "TestTenantView.moc"
