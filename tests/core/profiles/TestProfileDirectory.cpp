#include "profiles/ProfileDirectory.h"
#include "profiles/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace orglens;
using namespace Qt::StringLiterals;
using profiles::ProfileKey;
using profiles::SecretKind;

namespace {
profiles::Profile tenant(const QString &name, const QString &issuer)
{
    profiles::Profile profile;
    profile.name = name;
    profile.issuer = QUrl(issuer);
    profile.managementClientId = u"m2m"_s;
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
            return {SecretResult::Status::Failed, u"no answer"_s, {}};
        return *answer;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<profiles::ProfileStore>(m_dir.filePath(u"profiles.ini"_s));
        for (const QString &name : m_store->names())
            m_store->remove(name);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_directory = std::make_unique<profiles::ProfileDirectory>(m_store.get(), m_secrets.get());
    }

    void sessionProfilesComeFirstAndLabelsResolveToThem()
    {
        QVERIFY(m_store->save(tenant(u"acme"_s, u"https://acme.eu.auth0.com/"_s)));
        QVERIFY(m_store->save(tenant(u"demo"_s, u"https://demo.example.com/"_s)));
        QSignalSpy added(m_directory.get(), &profiles::ProfileDirectory::sessionProfileAdded);
        m_directory->addSessionProfile({u"demo"_s, tenant(u"demo"_s, u"http://127.0.0.1:4000/"_s), {}, {}});
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.constFirst().constFirst().value<ProfileKey>(), ProfileKey::session(u"demo"_s));

        const QList<ProfileKey> expected{ProfileKey::session(u"demo"_s), ProfileKey::saved(u"acme"_s),
                                         ProfileKey::saved(u"demo"_s)};
        QCOMPARE(m_directory->keys(), expected);
        // A label that is both names the session profile; a saved name, the saved one; anything else, none.
        QCOMPARE(m_directory->keyFor(u"demo"_s), ProfileKey::session(u"demo"_s));
        QCOMPARE(m_directory->keyFor(u"acme"_s), ProfileKey::saved(u"acme"_s));
        QVERIFY(m_directory->keyFor(u"nobody"_s).isNull());
        QCOMPARE(m_directory->load(ProfileKey::session(u"demo"_s))->issuer, QUrl(u"http://127.0.0.1:4000/"_s));
        QCOMPARE(m_directory->load(ProfileKey::saved(u"acme"_s))->issuer, QUrl(u"https://acme.eu.auth0.com/"_s));
        QVERIFY(!m_directory->load(ProfileKey::session(u"gone"_s)));
        QVERIFY(!m_directory->load({}));
    }

    void sessionSecretsAreAtHandSavedOnesComeFromTheStore()
    {
        m_directory->addSessionProfile(
            {u"Demo tenant"_s, tenant(u"demo"_s, u"http://127.0.0.1:4000/"_s), Secret("m2m-secret"), {}});
        bool inCall = false;
        const SecretResult session =
            read(ProfileKey::session(u"Demo tenant"_s), SecretKind::ManagementClientSecret, &inCall);
        QVERIFY(inCall);
        QVERIFY(session.ok());
        QCOMPARE(session.secret.toString(), u"m2m-secret"_s);
        QCOMPARE(read(ProfileKey::session(u"Demo tenant"_s), SecretKind::ExchangeClientSecret).status,
                 SecretResult::Status::NotFound);

        QVERIFY(m_store->save(tenant(u"acme"_s, u"https://acme.eu.auth0.com/"_s)));
        QCOMPARE(read(ProfileKey::saved(u"acme"_s), SecretKind::ManagementClientSecret).status,
                 SecretResult::Status::NotFound);
        QVERIFY(
            m_secrets
                ->writeNow(profiles::profileSecretKey(u"acme"_s, SecretKind::ManagementClientSecret), Secret("stored"))
                .ok());
        const SecretResult saved = read(ProfileKey::saved(u"acme"_s), SecretKind::ManagementClientSecret, &inCall);
        QVERIFY(!inCall); // the store answers later, as a keychain does
        QCOMPARE(saved.secret.toString(), u"stored"_s);
    }

    void secretProblemsSayWhichSecretAndWhatToDo()
    {
        const QString missing = profiles::ProfileDirectory::secretProblem({SecretResult::Status::NotFound, {}, {}},
                                                                          u"acme"_s, SecretKind::ExchangeClientSecret);
        QCOMPARE(missing, u"No exchange client secret is stored for profile 'acme': enter it in Profiles and Save."_s);
        const QString failed = profiles::ProfileDirectory::secretProblem(
            {SecretResult::Status::Failed, u"locked"_s, {}}, u"acme"_s, SecretKind::ManagementClientSecret);
        QCOMPARE(failed, u"The M2M client secret of 'acme' could not be read: locked"_s);
    }
};

QTEST_GUILESS_MAIN(TestProfileDirectory)
#include "TestProfileDirectory.moc"
