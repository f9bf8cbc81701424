#include "AppContext.h"
#include "ProfileEditorView.h"
#include "SecretStorageNotice.h"
#include "oauth/OAuthClient.h"
#include "oauth/SessionHistory.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace orglens;
using orglens::widgets::ProfileEditorView;
using orglens::widgets::SecretStorageNotice;

namespace {
const auto ExchangeSecret = QStringLiteral("exchange-secret-5b1f0c");
const auto M2mSecret = QStringLiteral("m2m-secret-9d2e7a");
} // namespace

class TestProfileEditorView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<profiles::ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::unique_ptr<oauth::SessionHistory> m_history;
    std::unique_ptr<oauth::OAuthClient> m_oauth;

    QString iniFile() const { return m_dir.filePath(QStringLiteral("profiles.ini")); }
    widgets::AppContext context() const { return {m_profiles.get(), m_secrets.get(), m_oauth.get(), m_history.get()}; }
    template <typename T> static T *child(QWidget &view, const char *name)
    {
        auto *widget = view.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    static void type(QWidget &view, const char *name, const QString &text)
    {
        auto *edit = child<QLineEdit>(view, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        QFile::remove(iniFile());
        m_profiles = std::make_unique<profiles::ProfileStore>(iniFile());
        m_secrets = std::make_unique<MemorySecretStore>(QStringLiteral("No keychain in tests."));
        m_history = std::make_unique<oauth::SessionHistory>();
        m_oauth = std::make_unique<oauth::OAuthClient>(&m_network);
    }

    void showsTheCoresValidationMessagesNextToTheFields_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("nameError");
        QTest::addColumn<QString>("issuerError");
        QTest::newRow("plain http refused")
            << "acme"
            << "http://acme.eu.auth0.com" << QString() << "uses http://, which is accepted only for loopback hosts";
        QTest::newRow("bad name") << "acme prod"
                                  << "acme.eu.auth0.com"
                                  << "is not a valid profile name" << QString();
        QTest::newRow("empty issuer") << "acme"
                                      << "" << QString() << "The issuer is empty";
        QTest::newRow("loopback http accepted") << "demo"
                                                << "http://127.0.0.1:8080" << QString() << QString();
    }

    void showsTheCoresValidationMessagesNextToTheFields()
    {
        QFETCH(QString, name);
        QFETCH(QString, issuer);
        QFETCH(QString, nameError);
        QFETCH(QString, issuerError);
        ProfileEditorView view(context());
        view.show();
        type(view, "nameEdit", name);
        type(view, "issuerEdit", issuer);
        QTest::mouseClick(child<QPushButton>(view, "saveProfileButton"), Qt::LeftButton);
        auto *nameLabel = child<QLabel>(view, "nameError");
        auto *issuerLabel = child<QLabel>(view, "issuerError");
        QCOMPARE(nameLabel->isVisible(), !nameError.isEmpty());
        QCOMPARE(issuerLabel->isVisible(), !issuerError.isEmpty());
        QVERIFY2(nameLabel->text().contains(nameError), qPrintable(nameLabel->text()));
        QVERIFY2(issuerLabel->text().contains(issuerError), qPrintable(issuerLabel->text()));
        if (!issuerError.isEmpty()) // the core's own message, verbatim
            QCOMPARE(issuerLabel->text(), profiles::normalizeIssuer(issuer).error().message);
        const bool valid = nameError.isEmpty() && issuerError.isEmpty();
        QCOMPARE(m_profiles->contains(name), valid);
        QVERIFY(child<QLabel>(view, "profileStatus")
                    ->text()
                    .contains(valid ? QLatin1String("Saved") : QLatin1String("Not saved")));
    }

    void messagesAppearWhileTyping()
    {
        ProfileEditorView view(context());
        view.show();
        auto *issuerLabel = child<QLabel>(view, "issuerError");
        QVERIFY(!issuerLabel->isVisible()); // a fresh form is not an error
        type(view, "issuerEdit", QStringLiteral("http://example.com"));
        QVERIFY(issuerLabel->isVisible());
        type(view, "issuerEdit", QStringLiteral("https://example.com"));
        QVERIFY(!issuerLabel->isVisible());
    }

    void savesLoadsAndKeepsSecretsOutOfTheSettingsFile()
    {
        {
            ProfileEditorView view(context());
            view.show();
            type(view, "nameEdit", QStringLiteral("acme-prod"));
            type(view, "issuerEdit", QStringLiteral("ACME.eu.auth0.com"));
            type(view, "clientIdEdit", QStringLiteral("native-1"));
            type(view, "audienceEdit", QStringLiteral("https://api.acme.example/"));
            type(view, "scopeEdit", QStringLiteral("openid  profile"));
            type(view, "namespaceEdit", QStringLiteral("https://acme.example/"));
            type(view, "managementClientIdEdit", QStringLiteral("m2m-1"));
            type(view, "managementSecretEdit", M2mSecret);
            type(view, "exchangeClientIdEdit", QStringLiteral("exchange-1"));
            type(view, "exchangeSecretEdit", ExchangeSecret);
            type(view, "subjectTokenTypeEdit", QStringLiteral("urn:acme:device-token"));
            child<QCheckBox>(view, "useOrganizationNamesCheck")->setChecked(true);
            QSignalSpy saved(&view, &ProfileEditorView::saved);
            QVERIFY(view.save());
            QVERIFY(saved.wait(2000));
            QCOMPARE(saved.constFirst().constFirst().toString(), QStringLiteral("acme-prod"));
            const QString status = child<QLabel>(view, "profileStatus")->text();
            QVERIFY2(status.contains(QLatin1String("kept in memory until OrgLens quits: no keychain is running")),
                     qPrintable(status));
            // One plain sentence; the technical reason behind "Details".
            QVERIFY(child<QLabel>(view, "secretStorageLabel")->isHidden());
            auto *notice = child<SecretStorageNotice>(view, "profileSecretStorageNotice");
            QVERIFY(!notice->isHidden());
            QCOMPARE(child<QLabel>(view, "secretStorageLine")->text(),
                     QStringLiteral("No keychain is running: secrets are kept in memory until OrgLens quits."));
            auto *detail = child<QLabel>(view, "secretStorageDetail");
            QVERIFY(detail->isHidden());
            notice->detailsButton()->click();
            QVERIFY(!detail->isHidden());
            QCOMPARE(detail->text(), QStringLiteral("No keychain in tests."));
            // The secret fields are emptied once stored.
            QVERIFY(child<QLineEdit>(view, "exchangeSecretEdit")->text().isEmpty());
        }
        QCOMPARE(m_secrets
                     ->readNow(profiles::profileSecretKey(QStringLiteral("acme-prod"),
                                                          profiles::SecretKind::ExchangeClientSecret))
                     .secret.toString(),
                 ExchangeSecret);
        QCOMPARE(m_secrets
                     ->readNow(profiles::profileSecretKey(QStringLiteral("acme-prod"),
                                                          profiles::SecretKind::ManagementClientSecret))
                     .secret.toString(),
                 M2mSecret);

        // A fresh store on the same file: the profile round-trips, normalised.
        m_profiles = std::make_unique<profiles::ProfileStore>(iniFile());
        ProfileEditorView reopened(context());
        QCOMPARE(child<QListWidget>(reopened, "profileList")->count(), 1);
        reopened.selectProfile(QStringLiteral("acme-prod"));
        QCOMPARE(child<QLineEdit>(reopened, "issuerEdit")->text(), QStringLiteral("https://acme.eu.auth0.com/"));
        QCOMPARE(child<QLineEdit>(reopened, "clientIdEdit")->text(), QStringLiteral("native-1"));
        QCOMPARE(child<QLineEdit>(reopened, "scopeEdit")->text(), QStringLiteral("openid profile"));
        QCOMPARE(child<QLineEdit>(reopened, "subjectTokenTypeEdit")->text(), QStringLiteral("urn:acme:device-token"));
        QVERIFY(child<QCheckBox>(reopened, "useOrganizationNamesCheck")->isChecked());
        QVERIFY(child<QLineEdit>(reopened, "exchangeSecretEdit")->text().isEmpty());

        m_profiles.reset(); // flush the settings file
        QFile file(iniFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("acme-prod"));
        QVERIFY(!bytes.contains(ExchangeSecret.toUtf8()));
        QVERIFY(!bytes.contains(M2mSecret.toUtf8()));
    }

    void enterInAFieldSaves()
    {
        ProfileEditorView view(context());
        view.show();
        type(view, "nameEdit", QStringLiteral("quick"));
        type(view, "issuerEdit", QStringLiteral("quick.us.auth0.com"));
        QTest::keyClick(child<QLineEdit>(view, "issuerEdit"), Qt::Key_Return);
        QVERIFY(m_profiles->contains(QStringLiteral("quick")));
        QCOMPARE(m_profiles->load(QStringLiteral("quick"))->issuer,
                 QUrl(QStringLiteral("https://quick.us.auth0.com/")));
    }

    void deleteRemovesTheProfileAndItsSecrets()
    {
        profiles::Profile profile;
        profile.name = QStringLiteral("old");
        profile.issuer = QUrl(QStringLiteral("https://old.example.com/"));
        QVERIFY(m_profiles->save(profile));
        const QString key =
            profiles::profileSecretKey(QStringLiteral("old"), profiles::SecretKind::ExchangeClientSecret);
        m_secrets->writeNow(key, Secret("x"));
        ProfileEditorView view(context());
        QCOMPARE(view.currentName(), QStringLiteral("old"));
        QTest::mouseClick(child<QPushButton>(view, "deleteProfileButton"), Qt::LeftButton);
        QVERIFY(!m_profiles->contains(QStringLiteral("old")));
        QTRY_COMPARE(m_secrets->readNow(key).status, SecretResult::Status::NotFound);
        QCOMPARE(child<QListWidget>(view, "profileList")->count(), 0);
    }
};

QTEST_MAIN(TestProfileEditorView)
#include "TestProfileEditorView.moc"
