#include "profiles/ProfileDirectory.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using profiles::ProfileKey;
using profiles::SecretKind;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

profiles::Profile tenant(const QString &name, const QString &issuer)
{
    profiles::Profile profile;
    profile.name = name;
    profile.issuer = QUrl(issuer);
    profile.managementClientId = s("m2m");
    return profile;
}
} // namespace

// Saved and session profiles through one directory: which profile a label names, and how each one's secrets are read.
class TestProfileDirectory : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<profiles::ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<profiles::ProfileDirectory> m_directory;

    SecretResult read(const ProfileKey &key, SecretKind kind, bool *answeredInCall = nullptr)
    {
        std::optional<SecretResult> answer;
        m_directory->readSecret(key, kind, this, [&answer](const SecretResult &result) { answer = result; });
        if (answeredInCall)
            *answeredInCall = answer.has_value();
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return {SecretResult::Status::Failed, s("no answer"), {}};
        return *answer;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<profiles::ProfileStore>(m_dir.filePath(s("profiles.ini")));
        for (const QString &name : m_store->names())
            m_store->remove(name);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_directory = std::make_unique<profiles::ProfileDirectory>(m_store.get(), m_secrets.get());
    }

    void sessionProfilesComeFirstAndLabelsResolveToThem()
    {
        QVERIFY(m_store->save(tenant(s("acme"), s("https://acme.eu.auth0.com/"))));
        QVERIFY(m_store->save(tenant(s("demo"), s("https://demo.example.com/"))));
        QSignalSpy added(m_directory.get(), &profiles::ProfileDirectory::sessionProfileAdded);
        m_directory->addSessionProfile({s("demo"), tenant(s("demo"), s("http://127.0.0.1:4000/")), {}, {}});
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.constFirst().constFirst().value<ProfileKey>(), ProfileKey::session(s("demo")));

        const QList<ProfileKey> expected{ProfileKey::session(s("demo")), ProfileKey::saved(s("acme")),
                                         ProfileKey::saved(s("demo"))};
        QCOMPARE(m_directory->keys(), expected);
        // A label that is both names the session profile; a saved name, the saved one; anything else, none.
        QCOMPARE(m_directory->keyFor(s("demo")), ProfileKey::session(s("demo")));
        QCOMPARE(m_directory->keyFor(s("acme")), ProfileKey::saved(s("acme")));
        QVERIFY(m_directory->keyFor(s("nobody")).isNull());
        QCOMPARE(m_directory->load(ProfileKey::session(s("demo")))->issuer, QUrl(s("http://127.0.0.1:4000/")));
        QCOMPARE(m_directory->load(ProfileKey::saved(s("acme")))->issuer, QUrl(s("https://acme.eu.auth0.com/")));
        QVERIFY(!m_directory->load(ProfileKey::session(s("gone"))));
        QVERIFY(!m_directory->load({}));
    }

    void sessionSecretsAreAtHandSavedOnesComeFromTheStore()
    {
        m_directory->addSessionProfile(
            {s("Demo tenant"), tenant(s("demo"), s("http://127.0.0.1:4000/")), Secret("m2m-secret"), {}});
        bool inCall = false;
        const SecretResult session =
            read(ProfileKey::session(s("Demo tenant")), SecretKind::ManagementClientSecret, &inCall);
        QVERIFY(inCall);
        QVERIFY(session.ok());
        QCOMPARE(session.secret.toString(), s("m2m-secret"));
        QCOMPARE(read(ProfileKey::session(s("Demo tenant")), SecretKind::ExchangeClientSecret).status,
                 SecretResult::Status::NotFound);

        QVERIFY(m_store->save(tenant(s("acme"), s("https://acme.eu.auth0.com/"))));
        QCOMPARE(read(ProfileKey::saved(s("acme")), SecretKind::ManagementClientSecret).status,
                 SecretResult::Status::NotFound);
        QVERIFY(
            m_secrets
                ->writeNow(profiles::profileSecretKey(s("acme"), SecretKind::ManagementClientSecret), Secret("stored"))
                .ok());
        const SecretResult saved = read(ProfileKey::saved(s("acme")), SecretKind::ManagementClientSecret, &inCall);
        QVERIFY(!inCall); // the store answers later, as a keychain does
        QCOMPARE(saved.secret.toString(), s("stored"));
    }

    void secretProblemsSayWhichSecretAndWhatToDo()
    {
        const QString missing = profiles::ProfileDirectory::secretProblem({SecretResult::Status::NotFound, {}, {}},
                                                                          s("acme"), SecretKind::ExchangeClientSecret);
        QCOMPARE(missing, s("No exchange client secret is stored for profile 'acme': enter it in Profiles and Save."));
        const QString failed = profiles::ProfileDirectory::secretProblem(
            {SecretResult::Status::Failed, s("locked"), {}}, s("acme"), SecretKind::ManagementClientSecret);
        QCOMPARE(failed, s("The M2M client secret of 'acme' could not be read: locked"));
    }
};

QTEST_GUILESS_MAIN(TestProfileDirectory)
#include "TestProfileDirectory.moc"
