// The Users, Bulk and Audit views end to end against an in-process demo tenant over real HTTP, connected the way
// the application connects them: a saved profile whose M2M secret is in the secret store, one shared
// ManagementConnection. The tenant's store and event log are the witnesses of what changed.
#include "AppServices.h"
#include "AuditTableModel.h"
#include "AuditView.h"
#include "BulkResultModel.h"
#include "BulkView.h"
#include "DemoTenantFixture.h"
#include "MainWindow.h"
#include "ManagementConnection.h"
#include "ManagementWiring.h"
#include "ProfileSwitcher.h"
#include "TenantStore.h"
#include "UsersView.h"
#include "management/BulkJournal.h"
#include "management/CsvReader.h"
#include "management/ManagementClient.h"
#include "management/UserTableModel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace orglens;
using orglens::test::DemoTenantFixture;
using widgets::ManagementConnection;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The application's objects around a demo tenant, with one saved profile "demo" (M2M secret in the store).
struct ScratchDir {
    QTemporaryDir dir;
};

// (ScratchDir comes first: the services keep their profiles in its folder.)
struct App : ScratchDir, test::AppServices {
    explicit App(demo::DemoTenantOptions options = DemoTenantFixture::testOptions())
        : AppServices(dir.filePath(s("profiles.ini"))), demo(options), connection(context())
    {
        if (!demo.started())
            qFatal("demo tenant: %s", qPrintable(demo.startError()));
        connection.setAuditLog(management::AuditLog(dir.filePath(s("audit.jsonl"))));
        if (!saveDemoProfile(demo.tenant().issuer()))
            qFatal("profile not saved");
        QObject::connect(&demo.tenant(), &demo::DemoTenant::activity, &demo.tenant(),
                         [this](const QJsonObject &entry) { events.append(entry); });
    }

    // Chooses a saved profile in a view's picker as the user does.
    static void pick(QWidget &view, const QString &savedProfile) { test::pickProfile(view, savedProfile); }

    QString defaultOrg(const QString &userId)
    {
        return demo.tenant().store().findUser(userId)->appMetadata.value(s("default_org_id")).toString();
    }

    int patchesOf(const QString &userId) const
    {
        int count = 0;
        for (const QJsonObject &entry : events)
            count +=
                entry.value(s("type")).toString() == s("patch_user") && entry.value(s("user_id")).toString() == userId;
        return count;
    }

    QString writeCsv(const char *name, const QByteArray &data)
    {
        QFile file(dir.filePath(s(name)));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write the CSV");
        return file.fileName();
    }

    DemoTenantFixture demo;
    ManagementConnection connection;
    QList<QJsonObject> events;
};

const auto Yes = [](const widgets::Confirmation &) { return true; };

} // namespace

class TestManagementViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void usersViewOnSavedProfile()
    {
        App app;
        widgets::UsersView view(&app.connection);
        view.show();
        auto *search = view.findChild<QLineEdit *>(s("searchEdit"));
        auto *emptyState = view.findChild<QLabel *>(s("emptyStateLabel"));
        QVERIFY(!search->isEnabled());
        QVERIFY(!emptyState->isHidden());
        QVERIFY(view.findChild<QLabel *>(s("managementStateLabel"))->text().contains(s("Choose a profile")));

        App::pick(view, s("demo"));
        QTRY_COMPARE(app.connection.state(), ManagementConnection::State::Ready);
        QVERIFY(search->isEnabled());
        QVERIFY(emptyState->isHidden());
        search->setText(s("email:alice*"));
        QTest::mouseClick(view.findChild<QPushButton *>(s("searchButton")), Qt::LeftButton);
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->user(0).value(s("user_id")).toString(), s("auth0|alice"));
    }

    void missingSecretSaysWhereToSetIt()
    {
        App app;
        app.secrets.removeNow(profiles::profileSecretKey(s("demo"), profiles::SecretKind::ManagementClientSecret));
        widgets::UsersView view(&app.connection);
        App::pick(view, s("demo"));
        QTRY_COMPARE(app.connection.state(), ManagementConnection::State::MissingSecret);
        QVERIFY(view.findChild<QLabel *>(s("managementStateLabel"))->text().contains(s("Profiles")));
        QVERIFY(!view.findChild<QLineEdit *>(s("searchEdit"))->isEnabled());

        profiles::Profile noM2m = app.profiles.load(s("demo")).value();
        noM2m.name = s("native-only");
        noM2m.managementClientId.clear();
        QVERIFY(app.profiles.save(noM2m));
        App::pick(view, s("native-only"));
        QCOMPARE(app.connection.state(), ManagementConnection::State::NoManagementApp);
        QVERIFY(view.findChild<QLabel *>(s("managementStateLabel"))->text().contains(s("M2M client ID")));
    }

    void bulkReportsBadRowsWithLineNumbers()
    {
        App app;
        widgets::BulkView view(&app.connection);
        view.setConfirmation(Yes);
        App::pick(view, s("demo"));
        QTRY_COMPARE(app.connection.state(), ManagementConnection::State::Ready);
        const QString csv = app.writeCsv("bad.csv", "user_id,org_id\n"
                                                    "auth0|bob,org_acme\n"          // 2: fine
                                                    "auth0|nobody,org_acme\n"       // 3: unknown user
                                                    "auth0|alice,org_nowhere\n"     // 4: unknown organization
                                                    "auth0|dave,org_globex\n"       // 5: not a member
                                                    "auth0|bob,org_acme\n"          // 6: duplicate
                                                    "auth0|carol,org_initech,x\n"); // 7: malformed
        QSignalSpy validated(&view, &widgets::BulkView::validated);
        view.openCsv(csv);
        QTRY_COMPARE(validated.size(), 1);
        QCOMPARE(validated.first().first().toBool(), false);
        widgets::BulkResultModel *model = view.model();
        QList<int> lines;
        for (int row = 0; row < model->rowCount(); ++row) {
            lines << model->index(row, widgets::BulkResultModel::LineColumn).data().toInt();
            QCOMPARE(model->index(row, widgets::BulkResultModel::StatusColumn)
                         .data(widgets::BulkResultModel::StatusCodeRole)
                         .toString(),
                     s("invalid"));
            QVERIFY(!model->index(row, widgets::BulkResultModel::DetailColumn).data().toString().isEmpty());
        }
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7}));
        QVERIFY(model->index(2, widgets::BulkResultModel::DetailColumn).data().toString().contains(s("member")));
        QVERIFY(!view.findChild<QPushButton *>(s("applyButton"))->isEnabled());
        QCOMPARE(app.patchesOf(s("auth0|bob")), 0);
    }

    void bulkAppliesGoodCsvAndExports()
    {
        App app;
        widgets::BulkView view(&app.connection);
        widgets::Confirmation question;
        view.setConfirmation([&](const widgets::Confirmation &confirmation) {
            question = confirmation;
            return true;
        });
        App::pick(view, s("demo"));
        QTRY_COMPARE(app.connection.state(), ManagementConnection::State::Ready);
        const QString csv = app.writeCsv("good.csv", "email,org_id\n"
                                                     "bob@example.com,acme\n"
                                                     "alice@example.com,globex\n"
                                                     "carol@example.com,org_initech\n");
        QSignalSpy validated(&view, &widgets::BulkView::validated);
        view.openCsv(csv);
        QTRY_COMPARE(validated.size(), 1);
        QVERIFY(validated.first().first().toBool());
        QCOMPARE(view.model()->count(s("change")), 3);
        QCOMPARE(app.patchesOf(s("auth0|bob")), 0); // the dry run changes nothing

        QSignalSpy finished(&view, &widgets::BulkView::runFinished);
        QTest::mouseClick(view.findChild<QPushButton *>(s("applyButton")), Qt::LeftButton);
        QVERIFY(question.text().contains(s("3 user(s)")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(view.model()->count(s("applied")), 3);
        QCOMPARE(app.defaultOrg(s("auth0|bob")), s("org_acme"));
        QCOMPARE(app.defaultOrg(s("auth0|alice")), s("org_globex"));
        QCOMPARE(app.defaultOrg(s("auth0|carol")), s("org_initech"));
        QCOMPARE(app.demo.tenant().store().findUser(s("auth0|alice"))->appMetadata.value(s("plan")).toString(),
                 s("gold"));
        QCOMPARE(view.findChild<QProgressBar *>(s("progressBar"))->value(), 3);

        const QString exported = app.dir.filePath(s("results.csv"));
        QVERIFY(view.exportCsv(exported));
        QCOMPARE(QFile::permissions(exported) & 0x0077, QFileDevice::Permissions()); // owner only
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto records = management::parseCsv(file.readAll());
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 4);
        QCOMPARE(records->at(0).fields,
                 (QStringList{s("line"), s("user_id"), s("org_id"), s("before"), s("status"), s("detail")}));
        QCOMPARE(records->at(1).fields.mid(0, 5),
                 (QStringList{s("2"), s("auth0|bob"), s("org_acme"), QString(), s("applied")}));
        QCOMPARE(records->at(2).fields.mid(0, 5),
                 (QStringList{s("3"), s("auth0|alice"), s("org_globex"), s("org_acme"), s("applied")}));
        QVERIFY(!view.exportCsv(app.dir.filePath(s("no/such/dir/results.csv"))));
    }

    void bulkCancelLeavesResumableJournal()
    {
        demo::DemoTenantOptions options = DemoTenantFixture::testOptions();
        options.syntheticUsers = 120;
        options.slowMs = 15;
        App app(options);
        widgets::BulkView view(&app.connection);
        view.resize(1000, 600);
        view.show();
        view.setConfirmation(Yes);
        view.findChild<QSpinBox *>(s("concurrencySpin"))->setValue(2);
        App::pick(view, s("demo"));
        QTRY_COMPARE(app.connection.state(), ManagementConnection::State::Ready);
        QByteArray data = "user_id,org_id\n";
        QStringList users;
        for (int i = 1; i <= 120; i += 2) { // odd users are members of org_acme
            users << s("auth0|user%1").arg(i, 6, 10, QLatin1Char('0'));
            data += users.constLast().toUtf8() + ",org_acme\n";
        }
        const QString csv = app.writeCsv("many.csv", data);
        QSignalSpy validated(&view, &widgets::BulkView::validated);
        view.openCsv(csv);
        QTRY_COMPARE_WITH_TIMEOUT(validated.size(), 1, 20000);
        QVERIFY(validated.first().first().toBool());

        QSignalSpy finished(&view, &widgets::BulkView::runFinished);
        bool cancelled = false;
        connect(view.findChild<QProgressBar *>(s("progressBar")), &QProgressBar::valueChanged, &view, [&](int done) {
            if (done == 10 && !std::exchange(cancelled, true)) {
                test::saveScreenshot(view, s("25-bulk-running"), 0); // mid-run: no event loop here
                // The run holds the connection: no profile switch (from any view) pulls the client away.
                QVERIFY(app.connection.isHeld());
                auto *client = app.connection.client();
                app.connection.setProfileKey({});
                QCOMPARE(app.connection.client(), client);
                QTest::mouseClick(view.findChild<QPushButton *>(s("cancelButton")), Qt::LeftButton);
            }
        });
        QElapsedTimer cancelClock;
        view.apply();
        QTRY_VERIFY(view.findChild<QProgressBar *>(s("progressBar"))->value() >= 10);
        cancelClock.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(cancelClock.elapsed() < 2000, "cancel must stop promptly");
        const auto summary = finished.first().first().value<management::BulkSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(!app.connection.isHeld());
        test::saveScreenshot(view, s("26-bulk-cancelled"));
        const int notStarted = view.model()->count(s("not-started"));
        QVERIFY2(notStarted > 0 && notStarted < 60, qPrintable(QString::number(notStarted)));

        // The journal is consistent: every row with an intent has its outcome.
        QFile journalFile(view.journalPath());
        QVERIFY(journalFile.open(QIODevice::ReadOnly));
        const auto journal = management::replayJournal(journalFile.readAll());
        QVERIFY(journal.ok());
        QVERIFY(!journal->truncatedTail);
        for (const auto &row : journal->rows)
            QVERIFY2(!row.intent || row.outcome.has_value(), qPrintable(row.userId));
        QCOMPARE(int(journal->rows.size()), 60 - notStarted);

        // Resume: Apply continues with the rows not started; none is PATCHed twice, none skipped.
        QVERIFY(view.resumes());
        QCOMPARE(view.findChild<QPushButton *>(s("applyButton"))->text(), s("&Resume…"));
        view.apply();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        const auto resumed = finished.at(1).first().value<management::BulkSummary>();
        QVERIFY(!resumed.cancelled);
        QCOMPARE(resumed.failed, 0);
        for (const QString &user : std::as_const(users)) {
            QCOMPARE(app.defaultOrg(user), s("org_acme"));
            QCOMPARE(app.patchesOf(user), 1);
        }
    }

    void auditListsChangeAndUndoRestoresIt()
    {
        App app;
        widgets::UsersView users(&app.connection);
        users.setConfirmation(Yes);
        widgets::AuditView audit(&app.connection);
        QList<widgets::Confirmation> questions;
        audit.setConfirmation([&](const widgets::Confirmation &confirmation) {
            questions << confirmation;
            return true;
        });
        App::pick(users, s("demo"));
        QTRY_COMPARE(app.connection.state(), ManagementConnection::State::Ready);
        // The Audit view follows the same connection.
        QCOMPARE(audit.findChild<QComboBox *>(s("managementProfileCombo"))->currentData().value<profiles::ProfileKey>(),
                 profiles::ProfileKey::saved(s("demo")));
        audit.refresh();
        QVERIFY(!audit.findChild<QLabel *>(s("emptyStateLabel"))->isHidden());
        QVERIFY(audit.findChild<QLabel *>(s("emptyStateLabel"))->text().contains(s("No changes recorded yet")));

        users.findChild<QLineEdit *>(s("searchEdit"))->setText(s("email:alice*"));
        users.search();
        QTRY_COMPARE(users.model()->rowCount(), 1);
        users.findChild<QTableView *>(s("usersTable"))->setCurrentIndex(users.model()->index(0, 0));
        auto *combo = users.findChild<QComboBox *>(s("defaultOrgCombo"));
        QTRY_COMPARE(combo->count(), 4);
        combo->setCurrentIndex(combo->findData(s("org_globex")));
        users.save();
        QTRY_COMPARE(app.defaultOrg(s("auth0|alice")), s("org_globex"));
        QTRY_VERIFY(users.findChild<QLabel *>(s("statusLabel"))->text().contains(s("audit entry")));

        audit.show();
        QTRY_COMPARE(audit.model()->rowCount(), 1);
        const auto *model = audit.model();
        QCOMPARE(model->index(0, widgets::AuditTableModel::UserColumn).data().toString(), s("auth0|alice"));
        QCOMPARE(model->index(0, widgets::AuditTableModel::ChangeColumn).data().toString(), s("org_acme → org_globex"));
        QCOMPARE(model->index(0, widgets::AuditTableModel::ClientColumn).data().toString(), s("demo-m2m"));
        QVERIFY(model->index(0, widgets::AuditTableModel::TenantColumn).data().toString().contains(s("(demo)")));
        const QString changeId = model->entry(0).id;

        QSignalSpy undone(&audit, &widgets::AuditView::undone);
        QVERIFY(audit.selectEntry(changeId));
        QTest::mouseClick(audit.findChild<QPushButton *>(s("undoButton")), Qt::LeftButton);
        QTRY_COMPARE(undone.size(), 1);
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().text().contains(s("from org_globex to org_acme")));
        QCOMPARE(app.defaultOrg(s("auth0|alice")), s("org_acme"));
        QCOMPARE(app.demo.tenant().store().findUser(s("auth0|alice"))->appMetadata.value(s("plan")).toString(),
                 s("gold"));
        QCOMPARE(audit.model()->rowCount(), 2); // refreshed: the undo is itself an entry
        QCOMPARE(audit.model()->entry(0).undoOf, changeId);
    }

    void undoRefusedWhenChangedSinceThenForced()
    {
        App app;
        widgets::UsersView users(&app.connection);
        users.setConfirmation(Yes);
        widgets::AuditView audit(&app.connection);
        App::pick(users, s("demo"));
        QTRY_COMPARE(app.connection.state(), ManagementConnection::State::Ready);
        // A change through the view's editor, then someone else changes the value on the tenant.
        users.findChild<QLineEdit *>(s("searchEdit"))->setText(s("email:bob*"));
        users.search();
        QTRY_COMPARE(users.model()->rowCount(), 1);
        users.findChild<QTableView *>(s("usersTable"))->setCurrentIndex(users.model()->index(0, 0));
        auto *combo = users.findChild<QComboBox *>(s("defaultOrgCombo"));
        QTRY_COMPARE(combo->count(), 4);
        combo->setCurrentIndex(combo->findData(s("org_acme")));
        users.save();
        QTRY_COMPARE(app.defaultOrg(s("auth0|bob")), s("org_acme"));
        QTRY_VERIFY(users.findChild<QLabel *>(s("statusLabel"))->text().contains(s("audit entry")));
        app.demo.tenant().store().findUser(s("auth0|bob"))->appMetadata.insert(s("default_org_id"), s("org_globex"));

        audit.refresh();
        QCOMPARE(audit.model()->rowCount(), 1);
        QVERIFY(audit.selectEntry(audit.model()->entry(0).id));
        QSignalSpy failed(&audit, &widgets::AuditView::undoFailed);
        QSignalSpy undone(&audit, &widgets::AuditView::undone);

        // Confirm the undo, decline the force: nothing changes.
        QList<widgets::Confirmation> questions;
        audit.setConfirmation([&](const widgets::Confirmation &confirmation) {
            questions << confirmation;
            return questions.size() == 1;
        });
        audit.undoSelected();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(questions.size(), 2);
        QVERIFY(questions.at(1).title.contains(s("Undo anyway")));
        QCOMPARE(questions.at(1).action, s("Overwrite"));
        QVERIFY(failed.first().first().toString().contains(s("no longer reads org_acme")));
        QCOMPARE(app.defaultOrg(s("auth0|bob")), s("org_globex"));

        // Confirm both: forced back to the value before the change (none).
        questions.clear();
        audit.setConfirmation([&](const widgets::Confirmation &confirmation) {
            questions << confirmation;
            return true;
        });
        audit.undoSelected();
        QTRY_COMPARE(undone.size(), 1);
        QCOMPARE(questions.size(), 2);
        QVERIFY(!app.demo.tenant().store().findUser(s("auth0|bob"))->appMetadata.contains(s("default_org_id")));
        QCOMPARE(app.demo.tenant().store().findUser(s("auth0|bob"))->appMetadata.value(s("plan")).toString(),
                 s("free"));
    }
    // The window's profile switcher and the management views' pickers never disagree, and a bulk run locks both.
    void windowSwitcherAndViewPickersFollowEachOther()
    {
        App app;
        profiles::Profile other = app.profiles.load(s("demo")).value();
        other.name = s("other");
        QVERIFY(app.profiles.save(other));
        widgets::MainWindow window;
        window.addApplicationViews(app.context());
        widgets::wireManagementConnection(&window, &app.connection);
        window.show(); // saved profiles are loaded after the first paint
        widgets::UsersView users(&app.connection);
        widgets::ProfileSwitcher *switcher = window.profileSwitcher();
        QTRY_VERIFY(switcher->labels().contains(s("other")));

        App::pick(users, s("other"));
        QTRY_COMPARE(switcher->currentLabel(), s("other"));
        QCOMPARE(app.connection.profileKey(), profiles::ProfileKey::saved(s("other")));

        QVERIFY(window.selectProfile(s("demo")));
        QCOMPARE(app.connection.profileKey(), profiles::ProfileKey::saved(s("demo")));
        QTRY_COMPARE(
            users.findChild<QComboBox *>(s("managementProfileCombo"))->currentData().value<profiles::ProfileKey>(),
            profiles::ProfileKey::saved(s("demo")));
        QTRY_COMPARE(app.connection.state(), ManagementConnection::State::Ready);

        app.connection.hold();
        QVERIFY(!switcher->isEnabled());
        QVERIFY(switcher->toolTip().contains(s("bulk run")));
        app.connection.release();
        QVERIFY(switcher->isEnabled());
        QVERIFY(switcher->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestManagementViews)
#include "TestManagementViews.moc"
