// One visible tenant, the application's way (MainWindow, the shared ManagementConnection, the Users, Bulk and Audit
// views wired as main() wires them) against an in-process demo tenant over real HTTP, with real files: the status bar
// names the current profile's tenant, every write confirmation names the tenant and profile and its button says what
// it does, the views' status messages reach the status bar without running under the tenant, a profile picked in a
// view says it changed the window's, and without a keychain a secret saved in Profiles is used at once.
#include "AppServices.h"
#include "AuditTableModel.h"
#include "AuditView.h"
#include "BulkView.h"
#include "DemoProfile.h"
#include "DemoTenantFixture.h"
#include "ElidedLabel.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "ManagementWiring.h"
#include "ProfileEditorView.h"
#include "SecretStorageNotice.h"
#include "TenantStore.h"
#include "UsersView.h"
#include "management/UserTableModel.h"
#include "secrets/KeychainSecretStore.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using widgets::Confirmation;
using widgets::MainWindow;
using widgets::ManagementConnection;
using Slot = MainWindow::ViewSlot;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The window as main() builds it around a context: the management views on one connection, wired to the switcher.
struct Window {
    explicit Window(const widgets::AppContext &context, const QString &auditFile) : connection(context)
    {
        connection.setAuditLog(management::AuditLog(auditFile));
        window.addApplicationViews(context);
        widgets::addManagementViews(&window, &connection);
        widgets::wireManagementConnection(&window, &connection);
        window.resize(1024, 700);
    }
    template <typename T> T *view(Slot slot) { return qobject_cast<T *>(window.view(slot)); }
    template <typename T> T *child(const char *name)
    {
        auto *widget = window.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    void show()
    {
        QSignalSpy painted(&window, &MainWindow::firstPainted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(painted.size(), 1); // saved profiles are read then
    }

    ManagementConnection connection; // declared before the window, as in main()
    MainWindow window;
};

} // namespace

class TestTenantStatus : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<test::AppServices> m_app;

    QString demoTenant() const { return m_demo->tenant().issuer().authority(); }
    QString file(const char *name) const { return m_dir.filePath(s(name)); }
    QString writeFile(const char *name, const QByteArray &data) const
    {
        QFile out(file(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            qFatal("cannot write %s", name);
        return out.fileName();
    }
    QString defaultOrg(const QString &userId)
    {
        return m_demo->tenant().store().findUser(userId)->appMetadata.value(s("default_org_id")).toString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(s("OrgLensTest"));
        QCoreApplication::setApplicationName(s("test_tenant_status"));
        // No session bus and no display: the system keychain is not running, as on a desktop without one.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(file("audit.jsonl"));
        m_app = std::make_unique<test::AppServices>(file("profiles.ini"));
    }

    void cleanup() { m_app.reset(); }

    void statusBarNamesTheTenantOfTheCurrentProfile()
    {
        profiles::Profile acme;
        acme.name = s("acme-prod");
        acme.issuer = QUrl(s("https://acme.eu.auth0.com/"));
        QVERIFY(m_app->profiles.save(acme));
        Window ui(m_app->context(), file("audit.jsonl"));
        ui.show();
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
        auto *tenant = ui.child<QLabel>("tenantStatus");
        QCOMPARE(tenant->text(), s("Tenant: %1 (profile Demo tenant)").arg(demoTenant()));
        QVERIFY(tenant->isVisible());

        QVERIFY(ui.window.selectProfile(s("acme-prod")));
        QCOMPARE(tenant->text(), s("Tenant: acme.eu.auth0.com (profile acme-prod)"));
        QVERIFY(!tenant->text().contains(demoTenant()));
        test::saveScreenshot(ui.window, s("tenant-status"));
    }

    void longStatusMessagesKeepClearOfTheTenant()
    {
        Window ui(m_app->context(), file("audit.jsonl"));
        m_app->directory.addSessionProfile(demo::demoSessionProfile(m_demo->tenant().issuer()));
        ui.show();
        const QString message = s("A status message long enough to reach across the whole status bar: ").repeated(4);
        ui.window.showStatus(message);
        QCOMPARE(ui.window.statusMessage(), message);
        auto *shown = ui.child<widgets::ElidedLabel>("statusMessage");
        auto *tenant = ui.child<QLabel>("tenantStatus");
        QTRY_VERIFY(shown->isElided());
        QCOMPARE(shown->toolTip(), message); // whole in the tooltip
        // Side by side in the status bar: the message ends before the tenant begins.
        QVERIFY2(shown->geometry().right() < tenant->geometry().left(),
                 qPrintable(s("%1 %2").arg(shown->geometry().right()).arg(tenant->geometry().left())));
        QVERIFY(shown->fontMetrics().horizontalAdvance(shown->text()) <= shown->contentsRect().width());
        QCOMPARE(tenant->text(), s("Tenant: %1 (profile Demo tenant)").arg(demoTenant()));
        test::saveScreenshot(ui.window, s("tenant-status-long-message"));
    }

    void writeConfirmationsNameTenantAndProfileAndMessagesReachTheStatusBar()
    {
        QVERIFY(m_app->saveDemoProfile(m_demo->tenant().issuer()));
        Window ui(m_app->context(), file("audit.jsonl"));
        ui.show();
        QVERIFY(ui.window.selectProfile(s("demo")));
        QTRY_COMPARE(ui.connection.state(), ManagementConnection::State::Ready);
        const QString question = s("Write to tenant %1 (profile demo)?").arg(demoTenant());

        // Users: set a default organization.
        auto *users = ui.view<widgets::UsersView>(Slot::Users);
        QVERIFY(users);
        QList<Confirmation> asked;
        const auto answerYes = [&asked](const Confirmation &confirmation) {
            asked << confirmation;
            return true;
        };
        users->setConfirmation(answerYes);
        ui.window.showView(users);
        users->findChild<QLineEdit *>(s("searchEdit"))->setText(s("email:carol*"));
        users->search();
        QTRY_COMPARE(users->model()->rowCount(), 1);
        QTRY_VERIFY(ui.window.statusMessage().contains(s("1 of 1 user(s)"))); // the view's status reaches the window
        users->findChild<QTableView *>(s("usersTable"))->setCurrentIndex(users->model()->index(0, 0));
        auto *combo = users->findChild<QComboBox *>(s("defaultOrgCombo"));
        QTRY_COMPARE(combo->count(), 4);
        combo->setCurrentIndex(0); // (none): carol's default organization is cleared
        users->save();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().question, question);
        QCOMPARE(asked.first().action, s("Clear default org"));
        QTRY_VERIFY(ui.window.statusMessage().contains(s("Saved and verified")));

        // Bulk: apply a file, then export the results; both say so in the status bar.
        auto *bulk = ui.view<widgets::BulkView>(Slot::Bulk);
        QVERIFY(bulk);
        bulk->setConfirmation(answerYes);
        ui.window.showView(bulk);
        QSignalSpy validated(bulk, &widgets::BulkView::validated);
        bulk->openCsv(writeFile("bulk.csv", "email,org_id\nbob@example.com,acme\ncarol@example.com,org_initech\n"));
        QTRY_COMPARE(validated.size(), 1);
        QVERIFY(validated.first().first().toBool());
        QVERIFY(ui.window.statusMessage().contains(s("Dry run")));
        QSignalSpy finished(bulk, &widgets::BulkView::runFinished);
        bulk->apply();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.last().question, question);
        QCOMPARE(asked.last().action, s("Apply to 2 user(s)"));
        QCOMPARE(asked.last().title, s("Set the default organization of 2 user(s)"));
        QVERIFY(asked.last().details.contains(s("bulk.csv")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(defaultOrg(s("auth0|bob")), s("org_acme"));
        QVERIFY(ui.window.statusMessage().contains(s("Applied 2")));
        const QString exported = file("bulk-results.csv");
        QVERIFY(bulk->exportCsv(exported));
        QVERIFY(QFile::exists(exported));
        QCOMPARE(ui.window.statusMessage(), s("Exported 2 row(s) to %1.").arg(QDir::toNativeSeparators(exported)));

        // Audit: undo bob's bulk change; the dialog is titled by what it undoes.
        auto *audit = ui.view<widgets::AuditView>(Slot::Audit);
        QVERIFY(audit);
        audit->setConfirmation(answerYes);
        ui.window.showView(audit); // read when shown
        QTRY_COMPARE(audit->model()->rowCount(), 3);
        int bobRow = -1;
        for (int row = 0; row < audit->model()->rowCount(); ++row) {
            if (audit->model()->entry(row).userId == s("auth0|bob"))
                bobRow = row;
        }
        QVERIFY(bobRow >= 0);
        QCOMPARE(audit->model()->index(bobRow, widgets::AuditTableModel::SourceColumn).data().toString(),
                 s("bulk change"));
        QVERIFY(audit->selectEntry(audit->model()->entry(bobRow).id));
        QSignalSpy undone(audit, &widgets::AuditView::undone);
        audit->undoSelected();
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.last().question, question);
        QCOMPARE(asked.last().title, s("Undo the default organization change of auth0|bob"));
        QCOMPARE(asked.last().action, s("Undo"));
        QTRY_COMPARE(undone.size(), 1);
        QVERIFY(defaultOrg(s("auth0|bob")).isEmpty());
        QVERIFY2(ui.window.statusMessage().startsWith(s("Undone and verified")), qPrintable(ui.window.statusMessage()));
    }

    void profilePickedInAViewIsTheWindowsAndSaysSo()
    {
        QVERIFY(m_app->saveDemoProfile(m_demo->tenant().issuer()));
        QVERIFY(m_app->saveDemoProfile(m_demo->tenant().issuer(), s("demo-copy")));
        Window ui(m_app->context(), file("audit.jsonl"));
        ui.show();
        QVERIFY(ui.window.selectProfile(s("demo")));
        auto *users = ui.view<widgets::UsersView>(Slot::Users);
        ui.window.showView(users);
        test::pickProfile(*users, s("demo-copy"));
        QCOMPARE(ui.window.currentProfileLabel(), s("demo-copy"));
        QCOMPARE(ui.child<QLabel>("tenantStatus")->text(), s("Tenant: %1 (profile demo-copy)").arg(demoTenant()));
        // The view says that this changed the window's profile, not its own only.
        auto *note = users->findChild<QLabel *>(s("windowProfileNote"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(),
                 s("Also the window's profile now: every view works with demo-copy (tenant %1).").arg(demoTenant()));
        QVERIFY(users->findChild<QComboBox *>(s("managementProfileCombo"))->toolTip().contains(s("every view")));
        // Changed back in the window's switcher: the view's note has nothing more to say.
        QVERIFY(ui.window.selectProfile(s("demo")));
        QVERIFY(!note->isVisible());
    }

    void withoutAKeychainOneSentenceAndASavedSecretWorksAtOnce()
    {
        // The application's secret store, with no keychain running.
        KeychainSecretStore secrets(s("OrgLens-test-no-keychain"));
        profiles::ProfileDirectory directory(&m_app->profiles, &secrets);
        widgets::AppContext context = m_app->context();
        context.secrets = &secrets;
        context.directory = &directory;
        profiles::Profile profile = demo::demoSessionProfile(m_demo->tenant().issuer()).profile;
        profile.name = s("acme-demo"); // with its M2M client ID, but no secret yet
        QVERIFY(m_app->profiles.save(profile));
        Window ui(context, file("audit.jsonl"));
        ui.show();
        QVERIFY(ui.window.selectProfile(s("acme-demo")));
        auto *users = ui.view<widgets::UsersView>(Slot::Users);
        ui.window.showView(users);
        QTRY_COMPARE_WITH_TIMEOUT(ui.connection.state(), ManagementConnection::State::MissingSecret, 20000);

        // The status bar, short of room: a short line; the plain sentence and the keychain's own error behind
        // "Details".
        const QString sentence = s("No keychain is running: secrets are kept in memory until OrgLens quits.");
        auto *notice = ui.child<widgets::SecretStorageNotice>("secretStorageStatus");
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->line(), s("No keychain: secrets in memory"));
        auto *detail = notice->findChild<QLabel *>(s("secretStorageDetail"));
        QVERIFY(!detail->isVisible());
        notice->detailsButton()->click();
        QVERIFY(detail->isVisible());
        QVERIFY2(detail->text().startsWith(sentence + u'\n'), qPrintable(detail->text()));
        QVERIFY2(detail->text().contains(s("did not answer")), qPrintable(detail->text()));
        test::saveScreenshot(ui.window, s("no-keychain-details"));
        notice->detailsButton()->click();
        QVERIFY(!detail->isVisible());

        // Profiles, with room for it: the plain sentence, the keychain's error behind "Details".
        widgets::ProfileEditorView *editor = ui.window.profileEditor();
        ui.window.showView(editor);
        auto *profilesNotice = editor->findChild<widgets::SecretStorageNotice *>(s("profileSecretStorageNotice"));
        QVERIFY(profilesNotice->isVisible());
        QCOMPARE(profilesNotice->line(), sentence);
        QVERIFY(profilesNotice->detail().contains(s("did not answer")));

        // The secret entered in Profiles is used by Users without choosing the profile again.
        editor->selectProfile(s("acme-demo"));
        auto *secretEdit = editor->findChild<QLineEdit *>(s("managementSecretEdit"));
        QTest::keyClicks(secretEdit, s("demo-m2m-secret"));
        QSignalSpy saved(editor, &widgets::ProfileEditorView::saved);
        QVERIFY(editor->save());
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ui.connection.state(), ManagementConnection::State::Ready, 20000);
        ui.window.showView(users);
        users->findChild<QLineEdit *>(s("searchEdit"))->setText(s("email:alice*"));
        users->search();
        QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 1, 20000);
        QCOMPARE(users->model()->user(0).value(s("user_id")).toString(), s("auth0|alice"));
    }
};

QTEST_MAIN(TestTenantStatus)
#include "TestTenantStatus.moc"
