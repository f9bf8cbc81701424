// The repair, the application's way (MainWindow, the shared ManagementConnection, the management views wired as main()
// wires them) against an in-process demo tenant with the support article's Actions, over real HTTP: the Tenant view's
// Repair… opens the plan (the Post-Login Action to deploy, the article's Action listed as a conflict, unticked), a
// ticked conflict changes the bindings written, Apply repairs and the doctor's second run passes where the first
// failed, "Prove it" prepares a device login; the Audit view lists the repair as one row and its Undo restores the
// tenant as it was.
#include "ActionRunner.h"
#include "AppServices.h"
#include "AuditTableModel.h"
#include "AuditView.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "Language.h"
#include "LoginView.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "ManagementWiring.h"
#include "ProbeDialog.h"
#include "RepairDialog.h"
#include "TenantView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using widgets::MainWindow;
using widgets::RepairDialog;
using widgets::TenantView;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// What the repair writes and its undo restores: the post-login bindings (Action ids, in order) and the Action the
// device token's exchange profile runs.
struct TenantState {
    QStringList bindings;
    QString exchangeAction;

    static TenantState of(demo::DemoTenant &tenant)
    {
        TenantState state;
        const auto bindings = tenant.store().actions().bindings(s("post-login"));
        for (const demo::Binding &binding : std::get<0>(bindings))
            state.bindings << binding.actionId;
        const demo::TokenExchangeProfile *profile =
            tenant.store().exchangeProfiles().forSubjectTokenType(QLatin1String(demo::DeviceTokenSubjectType));
        state.exchangeAction = profile ? profile->actionId : QString();
        return state;
    }
    bool operator==(const TenantState &) const = default;
};

struct Window {
    explicit Window(test::AppServices &app, const QString &auditFile) : connection(app.context())
    {
        connection.setAuditLog(management::AuditLog(auditFile));
        window.addApplicationViews(app.context());
        widgets::addManagementViews(&window, &connection);
        widgets::wireManagementConnection(&window, &connection);
        window.resize(1024, 700);
        window.show();
    }
    TenantView *tenant() { return qobject_cast<TenantView *>(window.view(MainWindow::ViewSlot::Tenant)); }
    widgets::AuditView *audit() { return qobject_cast<widgets::AuditView *>(window.view(MainWindow::ViewSlot::Audit)); }

    widgets::ManagementConnection connection; // declared before the window, as in main()
    MainWindow window;
};

} // namespace

class TestRepairDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;
    std::unique_ptr<Window> m_ui;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    // Clicks a button once it is laid out: a freshly built one may still have no size on a busy machine.
    static void click(QPushButton *button)
    {
        QTRY_VERIFY(!button->rect().isEmpty());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static QTreeWidgetItem *row(QTreeWidget *tree, const QString &title)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0) == title)
                return tree->topLevelItem(i);
        }
        qFatal("no row %s", qPrintable(title));
        return nullptr;
    }
    static QString stepTitle(const repair::RepairPlan &plan, repair::StepKind kind)
    {
        for (const repair::RepairStep &step : plan.steps) {
            if (step.kind == kind)
                return step.title;
        }
        return {};
    }
    void screenshot(QWidget &dialog, const QString &name)
    {
        if (!qEnvironmentVariableIsSet("ORGLENS_SCREENSHOT_DIR"))
            return;
        for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)}) {
            m_ui->window.resize(size);
            dialog.resize(size * 0.9);
            test::saveScreenshot(dialog, size.width() == 1024 ? name : s("1920x1080/") + name);
        }
        m_ui->window.resize(1024, 700);
    }

    // A window on a fresh demo tenant with the support article's Actions, its session profile chosen.
    void open()
    {
        demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.actionPreset = demo::ActionPreset::Article;
        m_demo = std::make_unique<DemoTenantFixture>(options);
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(s("profiles.ini")));
        m_ui = std::make_unique<Window>(*m_app, m_dir.filePath(s("audit.jsonl")));
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(i18n::installTranslations(s("en")), s("en"));
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed: the demo tenant runs its Actions for the doctor's probe");
    }

    void cleanup()
    {
        m_ui.reset();
        m_app.reset();
        m_demo.reset();
    }

    void repairTheArticleTenantThenUndoIt()
    {
        open();
        TenantView *tenant = m_ui->tenant();
        m_ui->window.showView(tenant);
        const TenantState before = TenantState::of(m_demo->tenant());

        // Repair… waits for a check of this profile that failed somewhere.
        auto *repairButton = child<QPushButton>(tenant, "repairButton");
        QVERIFY(!repairButton->isEnabled());
        QVERIFY(repairButton->toolTip().startsWith(s("Check the tenant first")));
        child<QLineEdit>(tenant, "tenantUserEdit")->setText(s("auth0|alice"));
        // The check with the Action probe: the repair's doctor runs it too, before and after.
        tenant->setProbeReview([](widgets::ProbeDialog &dialog) {
            dialog.actionsBox()->setChecked(true);
            return true;
        });
        QSignalSpy checked(tenant, &TenantView::checked);
        click(child<QPushButton>(tenant, "runProbesButton"));
        QVERIFY(checked.wait(30000));
        QVERIFY(tenant->report()->critical());

        QSignalSpy opened(tenant, &TenantView::repairOpened);
        click(repairButton);
        QCOMPARE(opened.size(), 1);
        auto *dialog = opened.at(0).at(0).value<RepairDialog *>();
        QSignalSpy planned(dialog, &RepairDialog::planned);
        QVERIFY(planned.wait(30000));
        QVERIFY2(dialog->plan().has_value(), qPrintable(child<QLabel>(dialog, "repairStatus")->text()));
        const repair::RepairPlan &plan = *dialog->plan();
        QCOMPARE(child<QLabel>(dialog, "repairTarget")->text(),
                 s("Write to tenant %1 (profile Demo tenant), for the user auth0|alice")
                     .arg(m_demo->tenant().issuer().authority()));

        // The Post-Login Action is deployed; its requests are shown as they will be sent.
        auto *steps = child<QTreeWidget>(dialog, "repairSteps");
        QCOMPARE(steps->topLevelItemCount(), plan.steps.size());
        QTreeWidgetItem *postLogin = row(steps, stepTitle(plan, repair::StepKind::PostLoginAction));
        QCOMPARE(postLogin->text(1), s("Will do"));
        steps->setCurrentItem(postLogin);
        QVERIFY2(child<QPlainTextEdit>(dialog, "repairRequests")->toPlainText().contains(s("POST /api/v2/actions/")),
                 qPrintable(child<QPlainTextEdit>(dialog, "repairRequests")->toPlainText()));
        QVERIFY(!child<QLabel>(dialog, "repairMissingScopes")->isVisible());

        // The article's Action sets the claim too: listed, unticked; ticking it unbinds it in the bindings written.
        QCOMPARE(plan.conflicts.size(), 1);
        auto *conflict = child<QCheckBox>(dialog, "repairConflictBox");
        QVERIFY(!conflict->isChecked());
        QVERIFY(conflict->text().contains(plan.conflicts.at(0).name));
        QCOMPARE(child<QComboBox>(dialog, "repairPositionCombo")->currentData().toInt(), -1); // last
        screenshot(*dialog, s("repair-plan"));
        steps->setCurrentItem(row(steps, stepTitle(plan, repair::StepKind::PostLoginBindings)));
        const QString bindingsBefore = child<QPlainTextEdit>(dialog, "repairRequests")->toPlainText();
        conflict->setChecked(true);
        QCOMPARE(dialog->plan()->options.unbind, QStringList{plan.conflicts.at(0).actionId});
        QVERIFY(child<QPlainTextEdit>(dialog, "repairRequests")->toPlainText() != bindingsBefore);

        // Apply: the steps run, the doctor runs again, before and after side by side.
        QSignalSpy applied(dialog, &RepairDialog::applied);
        QSignalSpy rechecked(dialog, &RepairDialog::rechecked);
        click(child<QPushButton>(dialog, "applyRepairButton"));
        QVERIFY(dialog->isWriting());
        QVERIFY(!child<QPushButton>(dialog, "closeRepairButton")->isEnabled());
        QVERIFY(applied.wait(60000));
        QVERIFY2(dialog->outcome()->ok, qPrintable(dialog->outcome()->message));
        const QString repairId = dialog->outcome()->entry.id;
        QVERIFY(!repairId.isEmpty());
        QVERIFY(child<QLabel>(dialog, "repairOutcome")->text().contains(repairId));
        QVERIFY(rechecked.wait(60000));
        screenshot(*dialog, s("repair-after"));
        auto *comparison = child<QTreeWidget>(dialog, "repairComparison");
        QCOMPARE(comparison->topLevelItemCount(), dialog->reportAfter()->steps.size());
        // Every check that failed before passes now, the critical hole included.
        QCOMPARE(row(comparison, plan.doctorBefore.step(s("namespace-match"))->title)->text(1), s("✗ Fail"));
        QCOMPARE(row(comparison, plan.doctorBefore.step(s("exchange-verifies-subject"))->title)->text(1), s("✗ Fail"));
        for (const doctor::DoctorStep &step : plan.doctorBefore.steps) {
            if (step.status == doctor::StepStatus::Fail)
                QVERIFY2(row(comparison, step.title)->text(2) == s("✓ Pass"), qPrintable(step.title));
        }
        QVERIFY(!dialog->reportAfter()->critical());
        // The Tenant view shows the new check.
        QCOMPARE(tenant->report()->toJson(), dialog->reportAfter()->toJson());
        QVERIFY(TenantState::of(m_demo->tenant()).bindings != before.bindings);

        // The proof: the Login view, prepared for a device login of alice.
        click(child<QPushButton>(dialog, "proveDeviceLoginButton"));
        QCOMPARE(m_ui->window.currentView(), m_ui->window.loginView());
        QCOMPARE(m_ui->window.loginView()->findChild<QComboBox *>(s("flowCombo"))->currentData().toInt(),
                 int(oauth::Flow::Device));
        QCOMPARE(m_ui->window.loginView()->findChild<QLineEdit *>(s("loginHintEdit"))->text(), s("alice@example.com"));

        // The Audit view lists the repair as one row; Undo restores what the repair replaced.
        widgets::AuditView *audit = m_ui->audit();
        m_ui->window.showView(audit);
        QVERIFY(audit->selectEntry(repairId));
        const int repairRow = audit->model()->rowOf(repairId);
        const QString change =
            audit->model()->index(repairRow, widgets::AuditTableModel::ChangeColumn).data().toString();
        // The log keeps the steps that wrote.
        const auto written = std::count_if(plan.steps.begin(), plan.steps.end(),
                                           [](const repair::RepairStep &step) { return step.needed; });
        QCOMPARE(change, s("repair: %1 steps, applied").arg(written));
        QVERIFY(audit->model()
                    ->index(repairRow, widgets::AuditTableModel::ChangeColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(s("✓ ") + stepTitle(plan, repair::StepKind::PostLoginAction)));
        QStringList asked;
        audit->setConfirmation([&asked](const widgets::Confirmation &confirmation) {
            asked << confirmation.text();
            return true;
        });
        // Someone unbinds every post-login Action meanwhile: the undo refuses before writing, says why, and only a
        // second confirmation overwrites the change.
        QVERIFY(std::holds_alternative<QList<demo::Binding>>(
            m_demo->tenant().store().actions().replaceBindings(s("post-login"), QJsonArray())));
        QSignalSpy undone(audit, &widgets::AuditView::undone);
        click(child<QPushButton>(audit, "undoButton"));
        QVERIFY(undone.wait(60000));
        QCOMPARE(asked.size(), 2);
        const QString tenantQuestion =
            s("Write to tenant %1 (profile Demo tenant)?").arg(m_demo->tenant().issuer().authority());
        QVERIFY2(asked.at(0).startsWith(tenantQuestion), qPrintable(asked.at(0)));
        QVERIFY(asked.at(0).contains(stepTitle(plan, repair::StepKind::PostLoginBindings)));
        QVERIFY2(asked.at(1).startsWith(tenantQuestion) && asked.at(1).contains(s("changed since the repair")) &&
                     asked.at(1).contains(s("Undo anyway?")),
                 qPrintable(asked.at(1)));
        const auto undo = undone.at(0).at(0).value<management::AuditEntry>();
        QCOMPARE(undo.undoOf, repairId);
        QVERIFY(TenantState::of(m_demo->tenant()) == before);
    }
    void aMissingScopeIsNamedInRedAndApplyIsDisabled()
    {
        open();
        demo::ClientGrant *grant =
            m_demo->tenant().store().findClientGrant(s("demo-m2m"), m_demo->tenant().managementAudience().toString());
        QVERIFY(grant);
        grant->scopes.removeAll(s("delete:token_exchange_profiles"));
        TenantView *tenant = m_ui->tenant();
        m_ui->window.showView(tenant);
        QSignalSpy checked(tenant, &TenantView::checked);
        click(child<QPushButton>(tenant, "checkTenantButton"));
        QVERIFY(checked.wait(30000));
        QSignalSpy opened(tenant, &TenantView::repairOpened);
        click(child<QPushButton>(tenant, "repairButton"));
        auto *dialog = opened.at(0).at(0).value<RepairDialog *>();
        QSignalSpy planned(dialog, &RepairDialog::planned);
        QVERIFY(planned.wait(30000));
        QVERIFY(dialog->plan().has_value());
        auto *missing = child<QLabel>(dialog, "repairMissingScopes");
        QTRY_VERIFY(missing->isVisible());
        QCOMPARE(missing->text(), dialog->plan()->missingScopesText());
        QVERIFY2(missing->text().contains(s("Grant delete:token_exchange_profiles")), qPrintable(missing->text()));
        auto *apply = child<QPushButton>(dialog, "applyRepairButton");
        QVERIFY(!apply->isEnabled());
        QCOMPARE(apply->toolTip(), missing->text());
    }
};

QTEST_MAIN(TestRepairDialog)
#include "TestRepairDialog.moc"
