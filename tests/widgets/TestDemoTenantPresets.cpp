// File › Demo tenant, wired as orglens wires it, against a real demo tenant over HTTP: choosing a preset asks what is
// lost, then restarts the tenant on the same port with that preset's Actions, and the status bar names it; without a
// running demo the menu starts one and adds its session profile; a start that fails says why. While the preset's
// Actions cannot run (no node on PATH) the Tokens and Explain views show why, until a restart with the built-in
// simulation. And the command line: `orglens --demo-actions` takes only preset names.
#include "ActionPresets.h"
#include "ActionRunner.h"
#include "AppServices.h"
#include "DemoManagementProbe.h"
#include "DemoTenant.h"
#include "DemoTenantFixture.h"
#include "DemoTenantHost.h"
#include "DemoTenantMenu.h"
#include "DemoTenantWiring.h"
#include "ExplainView.h"
#include "ExplainWiring.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "ManagementWiring.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace orglens;
using demo::ActionPreset;
using demo::DemoTenantHost;
using widgets::Confirmation;
using widgets::DemoTenantMenu;
using widgets::MainWindow;
using Slot = MainWindow::ViewSlot;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString ArticlePostLogin = s("Add org_id claim (support article)");

// The window as main() builds it, the demo tenant wired to it.
struct Window {
    Window(test::AppServices &app, DemoTenantHost &host) : connection(app.context())
    {
        window.addApplicationViews(app.context());
        widgets::addManagementViews(&window, &connection);
        window.addView(s("Explain"), Slot::Explain, [this] {
            auto *explain = new widgets::ExplainView(&connection, &window);
            widgets::wireExplainView(explain, &window);
            return explain;
        });
        widgets::wireManagementConnection(&window, &connection);
        wireDemoTenant(&window, &host, &app.directory);
        window.setConfirmation([this](const Confirmation &confirmation) {
            asked << confirmation;
            return answer;
        });
        window.resize(1024, 700);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("the window was not shown");
    }

    DemoTenantMenu *menu() const { return window.findChild<DemoTenantMenu *>(s("demoTenantMenu")); }
    QToolButton *status() const { return window.findChild<QToolButton *>(s("demoTenantStatus")); }
    void choose(const char *preset) { menu()->choiceAction(s(preset))->trigger(); }
    QString checked() const
    {
        for (QAction *action : menu()->actions()) {
            if (action->isChecked())
                return action->objectName().remove(s("demoChoice_"));
        }
        return {};
    }
    // The notice above the view of `slot`, with that view in front; empty when none is shown.
    QString noticeOver(Slot slot)
    {
        window.showView(window.view(slot));
        return window.viewNotice()->isVisibleTo(&window) ? window.viewNotice()->text() : QString();
    }

    widgets::ManagementConnection connection;
    MainWindow window;
    QList<Confirmation> asked;
    bool answer = true;
};

// PATH without node for the scope's lifetime (ActionRunner looks node up on every call).
class PathWithoutNode {
public:
    PathWithoutNode() : m_saved(qgetenv("PATH")) { qputenv("PATH", m_empty.path().toLocal8Bit()); }
    ~PathWithoutNode() { qputenv("PATH", m_saved); }

private:
    QByteArray m_saved;
    QTemporaryDir m_empty;
};

} // namespace

class TestDemoTenantPresets : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<test::AppServices> m_app;
    test::HttpTestClient m_http;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(s("OrgLensTest"));
        QCoreApplication::setApplicationName(s("test_demo_tenant_presets"));
    }

    void init()
    {
        QSettings().clear();
        m_app = std::make_unique<test::AppServices>(m_dir.filePath(s("profiles.ini")));
    }

    void cleanup() { m_app.reset(); }

    void menuListsEveryPresetWithItsDescription()
    {
        DemoTenantHost host(test::DemoTenantFixture::testOptions());
        Window ui(*m_app, host);
        QMenu *fileMenu = ui.window.menuBar()->findChild<QMenu *>(s("fileMenu"));
        QVERIFY(fileMenu->actions().contains(ui.menu()->menuAction()));
        for (const QString &name : demo::actionPresetNames()) {
            QAction *entry = ui.menu()->choiceAction(name);
            QVERIFY2(entry, qPrintable(name));
            const ActionPreset preset = *demo::actionPresetFromName(name);
            QCOMPARE(entry->text(), demo::ActionPresets::title(preset));
            QCOMPARE(entry->toolTip(), demo::ActionPresets::describe(preset));
            QVERIFY(entry->isCheckable());
            QVERIFY(!entry->isChecked()); // nothing runs yet
        }
        QVERIFY(ui.status()->isHidden());
    }

    void choosingArticleRestartsOnTheSamePort()
    {
        DemoTenantHost host(test::DemoTenantFixture::testOptions());
        Window ui(*m_app, host);
        QVERIFY(host.start(ActionPreset::Builtin));
        const QUrl issuer = host.issuer();
        QCOMPARE(ui.checked(), s("builtin"));
        QCOMPARE(ui.status()->text(), s("Demo tenant: Built-in simulation"));
        QCOMPARE(ui.window.currentProfileLabel(), s("Demo tenant"));
        QVERIFY(test::boundPostLoginActions(m_http, issuer).isEmpty());

        // Cancelled: nothing restarts, the check stays where it was.
        ui.answer = false;
        const demo::DemoTenant *before = host.tenant();
        ui.choose("article");
        QCOMPARE(ui.asked.size(), 1);
        QCOMPARE(host.tenant(), before);
        QCOMPARE(host.preset(), ActionPreset::Builtin);
        QCOMPARE(ui.checked(), s("builtin"));

        ui.answer = true;
        QSignalSpy started(&host, &DemoTenantHost::started);
        ui.choose("article");
        QCOMPARE(ui.asked.size(), 2);
        const Confirmation &asked = ui.asked.last();
        QVERIFY2(asked.question.contains(issuer.authority()), qPrintable(asked.question));
        QVERIFY2(asked.question.contains(s("Support article's Actions")), qPrintable(asked.question));
        QVERIFY2(asked.details.contains(s("logins")) && asked.details.contains(s("edits")) &&
                     asked.details.contains(s("logs")),
                 qPrintable(asked.details));
        QCOMPARE(asked.action, s("Restart"));
        QCOMPARE(started.size(), 1);

        // The same address now serves the article's Actions.
        QCOMPARE(host.issuer(), issuer);
        QCOMPARE(test::boundPostLoginActions(m_http, issuer), QStringList{ArticlePostLogin});
        QCOMPARE(ui.checked(), s("article"));
        QCOMPARE(ui.status()->text(), s("Demo tenant: Support article's Actions"));
        QVERIFY(ui.status()->isVisible());
        QCOMPARE(ui.window.statusMessage(), s("Demo tenant restarted."));
        // The session profile still points at it, and is still the one selected.
        QCOMPARE(m_app->directory.sessionProfile(s("Demo tenant"))->profile.issuer, issuer);
        QCOMPARE(ui.window.currentProfileLabel(), s("Demo tenant"));
        test::saveScreenshot(ui.window, s("demo-article-running"));

        // Choosing the running preset again asks nothing and restarts nothing.
        ui.choose("article");
        QCOMPARE(ui.asked.size(), 2);
        QCOMPARE(started.size(), 1);
    }

    void withoutDemoTheMenuStartsOne()
    {
        DemoTenantHost host(test::DemoTenantFixture::testOptions());
        Window ui(*m_app, host);
        QVERIFY(!m_app->directory.sessionProfile(s("Demo tenant")));
        ui.choose("fixed");
        QVERIFY(ui.asked.isEmpty()); // nothing to lose
        QVERIFY(host.isRunning());
        QCOMPARE(host.preset(), ActionPreset::Fixed);
        QCOMPARE(test::boundPostLoginActions(m_http, host.issuer()), QStringList{s("OrgLens: org claim")});
        QCOMPARE(m_app->directory.sessionProfile(s("Demo tenant"))->profile.issuer, host.issuer());
        QCOMPARE(ui.window.currentProfileLabel(), s("Demo tenant"));
        QCOMPARE(ui.status()->text(), s("Demo tenant: OrgLens' fixed Actions"));
        QCOMPARE(ui.checked(), s("fixed"));
        QCOMPARE(ui.window.statusMessage(), s("Demo tenant started."));

        // The status bar button opens the same menu.
        ui.status()->click();
        QTRY_VERIFY(ui.menu()->isVisible());
        ui.menu()->hide();
    }

    void aFailedStartSaysWhy()
    {
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost));
        demo::DemoTenantOptions options = test::DemoTenantFixture::testOptions();
        options.port = occupant.serverPort();
        DemoTenantHost host(options);
        Window ui(*m_app, host);
        ui.choose("article");
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = ui.window.findChild<QMessageBox *>(s("demoStartFailure"))) != nullptr);
        QVERIFY2(box->text().contains(s("Support article's Actions")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QString::number(occupant.serverPort())),
                 qPrintable(box->informativeText()));
        QVERIFY(!host.isRunning());
        QCOMPARE(ui.checked(), QString());
        QVERIFY(ui.status()->isHidden());
        QVERIFY(!m_app->directory.sessionProfile(s("Demo tenant")));
        box->close();
    }

    void nodeNoticeWhileThePresetsActionsCannotRun()
    {
        DemoTenantHost host(test::DemoTenantFixture::testOptions());
        Window ui(*m_app, host);
        {
            const PathWithoutNode noNode;
            QVERIFY(host.start(ActionPreset::Article));
            const QString notice = host.actionsNotice();
            QVERIFY(!notice.isEmpty());
            QCOMPARE(ui.noticeOver(Slot::Tokens), notice);
            QCOMPARE(ui.noticeOver(Slot::Explain), notice);
            QCOMPARE(ui.noticeOver(Slot::Login), QString()); // the notice is the Tokens and Explain views' own
            QCOMPARE(ui.noticeOver(Slot::Tokens), notice);
            test::saveScreenshot(ui.window, s("demo-node-missing"));

            ui.choose("builtin");
            QCOMPARE(host.preset(), ActionPreset::Builtin);
            QCOMPARE(ui.noticeOver(Slot::Tokens), QString());
            QCOMPARE(ui.noticeOver(Slot::Explain), QString());
        }
        // With node on PATH (the build machine has it), the article's Actions run: no notice.
        if (!demo::ActionRunner::unavailableReason().isEmpty())
            QSKIP("node is not installed here: the case with node cannot be shown");
        ui.choose("article");
        QCOMPARE(host.preset(), ActionPreset::Article);
        QVERIFY(host.actionsNotice().isEmpty());
        QCOMPARE(ui.noticeOver(Slot::Tokens), QString());
        QCOMPARE(ui.noticeOver(Slot::Explain), QString());
    }

    void demoActionsTakesOnlyPresetNames()
    {
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("QT_QPA_PLATFORM"), s("offscreen"));
        environment.insert(s("XDG_CONFIG_HOME"), m_dir.filePath(s("config")));
        gui.setProcessEnvironment(environment);
        gui.start(s(ORGLENS_GUI_BINARY), {s("--demo-actions"), s("articel")});
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        QCOMPARE(gui.exitCode(), 2);
        const QString error = QString::fromUtf8(gui.readAllStandardError());
        QVERIFY2(error.contains(s("--demo-actions must be one of builtin, article, decoded, fixed, none, not "
                                  "'articel'.")),
                 qPrintable(error));

        // A valid one implies --demo: the tenant starts and the window comes up.
        gui.start(s(ORGLENS_GUI_BINARY), {s("--demo-actions"), s("none"), s("--quit-after-startup")});
        QVERIFY(gui.waitForFinished(60000));
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
    }
};

QTEST_MAIN(TestDemoTenantPresets)
#include "TestDemoTenantPresets.moc"
