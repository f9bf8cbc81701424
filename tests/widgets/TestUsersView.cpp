// The Users view against an in-process demo tenant: search, details, greyed non-member organizations, and a save
// that asks for confirmation with before -> after and changes only default_org_id.
#include "DemoTenant.h"
#include "TenantStore.h"
#include "UsersView.h"
#include "management/ManagementClient.h"
#include "management/UserTableModel.h"
#include "oauth/OAuthClient.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace orglens;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestUsersView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void searchSelectAndSave()
    {
        demo::DemoTenant tenant{demo::DemoTenantOptions{}};
        QVERIFY(tenant.start().ok());
        QNetworkAccessManager network;
        oauth::OAuthClient oauth(&network);
        management::ManagementConfig config;
        config.issuer = tenant.issuer();
        config.clientId = s("demo-m2m");
        config.clientSecret = Secret::fromString(s("demo-m2m-secret"));
        management::ManagementClient client(&network, &oauth, config);

        widgets::UsersView view;
        view.setClient(&client, s("demo"));
        widgets::Confirmation confirmation;
        view.setConfirmation([&](const widgets::Confirmation &asked) {
            confirmation = asked;
            return true;
        });
        view.show();

        view.findChild<QLineEdit *>(s("searchEdit"))->setText(s("email:alice*"));
        QTest::mouseClick(view.findChild<QPushButton *>(s("searchButton")), Qt::LeftButton);
        QTRY_COMPARE(view.model()->rowCount(), 1);
        auto *table = view.findChild<QTableView *>(s("usersTable"));
        table->setCurrentIndex(view.model()->index(0, 0));
        QVERIFY(
            view.findChild<QPlainTextEdit *>(s("appMetadataText"))->toPlainText().contains(s("\"plan\": \"gold\"")));
        auto *combo = view.findChild<QComboBox *>(s("defaultOrgCombo"));
        QTRY_COMPARE(combo->count(), 4); // (none) + three organizations
        QCOMPARE(view.findChild<QListWidget *>(s("organizationsList"))->count(), 2);
        QCOMPARE(combo->currentData().toString(), s("org_acme"));
        auto *items = qobject_cast<QStandardItemModel *>(combo->model());
        QVERIFY(!items->item(combo->findData(s("org_initech")))->isEnabled()); // alice is not a member
        QVERIFY(items->item(combo->findData(s("org_globex")))->isEnabled());

        combo->setCurrentIndex(combo->findData(s("org_globex")));
        QTest::mouseClick(view.findChild<QPushButton *>(s("saveButton")), Qt::LeftButton);
        QVERIFY(confirmation.text().contains(s("org_acme → org_globex")));
        // The tenant (with its port) and the profile are named; the button says what it does.
        QCOMPARE(confirmation.question, s("Write to tenant %1 (profile demo)?").arg(tenant.issuer().authority()));
        QCOMPARE(confirmation.action, s("Set default org"));
        QCOMPARE(confirmation.title, s("Change the default organization of auth0|alice"));
        QTRY_COMPARE(tenant.store().findUser(s("auth0|alice"))->appMetadata.value(s("default_org_id")).toString(),
                     s("org_globex"));
        QCOMPARE(tenant.store().findUser(s("auth0|alice"))->appMetadata.value(s("plan")).toString(), s("gold"));
        QTRY_COMPARE(view.model()->index(0, management::UserTableModel::DefaultOrgColumn).data().toString(),
                     s("org_globex"));
    }
};

QTEST_MAIN(TestUsersView)
#include "TestUsersView.moc"
