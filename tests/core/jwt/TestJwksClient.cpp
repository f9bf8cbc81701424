#include "TestKeys.h"
#include "jwt/JwksClient.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace orglens;
using namespace orglens::jwt;
using orglens::test::TestKey;
namespace TestTokens = orglens::test::TestTokens;

namespace {

// Counts every request the client makes, whatever the host: proves "no request" claims.
class CountingNetworkAccessManager : public QNetworkAccessManager {
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// A real HTTP issuer on 127.0.0.1 serving discovery and a JWKS, counting hits per path.
class IssuerServer {
public:
    QHash<QString, int> hits;
    QByteArray discovery; // empty: 404
    QByteArray jwks;
    quint16 port = 0;

    IssuerServer()
    {
        const auto serve = [this](const QString &path, const QByteArray *body) {
            m_server.route(path, [this, path, body](const QHttpServerRequest &) {
                ++hits[path];
                if (body->isEmpty())
                    return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
                return QHttpServerResponse(QByteArrayLiteral("application/json"), *body);
            });
        };
        serve(QStringLiteral("/.well-known/openid-configuration"), &discovery);
        serve(QStringLiteral("/.well-known/jwks.json"), &jwks);
        serve(QStringLiteral("/keys"), &jwks);
        port = m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url(const QString &path = QStringLiteral("/")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
    }
    int count(const char *path) const { return hits.value(QLatin1String(path)); }

private:
    QHttpServer m_server;
};

QByteArray discoveryPointingAt(const QUrl &jwksUri)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("jwks_uri"), jwksUri.toString()}}).toJson();
}

} // namespace

class TestJwksClient : public QObject {
    Q_OBJECT

    TestKey m_key1 = TestKey::generate(QStringLiteral("RS256"), QStringLiteral("key-1"));
    TestKey m_key2 = TestKey::generate(QStringLiteral("ES256"), QStringLiteral("key-2"));
    FixedClock m_clock{QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC)};

    // Runs one request and returns its result (the signal always comes after the call returns).
    JwksFetchResult fetch(JwksClient &client, const QUrl &issuer, const QString &kid = QString())
    {
        QSignalSpy spy(&client, &JwksClient::keysReady);
        if (kid.isEmpty())
            client.fetchKeys(issuer);
        else
            client.fetchKeysForKid(issuer, kid);
        if (spy.isEmpty() && !spy.wait(5000))
            qFatal("keysReady was not emitted");
        return spy.first().at(1).value<JwksFetchResult>();
    }

    static QString messageOf(const JwksFetchResult &result)
    {
        return result.ok() ? QStringLiteral("(ok)") : result.keys.error().message;
    }

private slots:
    void discoveryThenJwksThenCache()
    {
        IssuerServer server;
        server.discovery = discoveryPointingAt(server.url(QStringLiteral("/keys")));
        server.jwks = TestTokens::jwks({m_key1});
        CountingNetworkAccessManager network;
        JwksClient client(&network, m_clock);

        const JwksFetchResult first = fetch(client, server.url());
        QVERIFY2(first.ok(), qPrintable(messageOf(first)));
        QCOMPARE(first.issuer, server.url());
        QCOMPARE(first.source, server.url(QStringLiteral("/keys")));
        QVERIFY(!first.fromCache);
        QCOMPARE(first.keys->keys().size(), 1);
        QCOMPARE(server.count("/.well-known/openid-configuration"), 1);
        QCOMPARE(server.count("/keys"), 1);
        QCOMPARE(server.count("/.well-known/jwks.json"), 0);

        // Same issuer, spelled without the trailing slash: served from the cache, no request.
        QUrl unslashed = server.url();
        unslashed.setPath(QString());
        const JwksFetchResult second = fetch(client, unslashed);
        QVERIFY(second.ok());
        QVERIFY(second.fromCache);
        QCOMPARE(network.requests, 2);
        QVERIFY(client.cachedKeys(server.url()).has_value());

        // After the cache lifetime the keys are fetched again.
        client.setCacheLifetime(std::chrono::seconds(300));
        m_clock.set(m_clock.now().addSecs(301));
        const JwksFetchResult third = fetch(client, server.url());
        QVERIFY(third.ok());
        QVERIFY(!third.fromCache);
        QCOMPARE(server.count("/keys"), 2);
    }

    void fallsBackToJwksJsonWithoutDiscovery()
    {
        IssuerServer server; // no discovery document: 404
        server.jwks = TestTokens::jwks({m_key1});
        QNetworkAccessManager network;
        JwksClient client(&network, m_clock);
        const JwksFetchResult result = fetch(client, server.url());
        QVERIFY2(result.ok(), qPrintable(messageOf(result)));
        QCOMPARE(result.source, server.url(QStringLiteral("/.well-known/jwks.json")));
        QCOMPARE(result.notes.size(), 1);
        QVERIFY2(result.notes.first().contains(QLatin1String("answered HTTP 404")), qPrintable(result.notes.first()));
    }

    void unknownKidRefreshesOnceThenIsRateLimited()
    {
        IssuerServer server;
        server.discovery = discoveryPointingAt(server.url(QStringLiteral("/keys")));
        server.jwks = TestTokens::jwks({m_key1});
        QNetworkAccessManager network;
        JwksClient client(&network, m_clock);
        QVERIFY(fetch(client, server.url(), QStringLiteral("key-1")).ok());
        QCOMPARE(server.count("/keys"), 1);

        // The issuer rotates; a token with the new kid triggers one refresh.
        server.jwks = TestTokens::jwks({m_key1, m_key2});
        m_clock.set(m_clock.now().addSecs(5));
        const JwksFetchResult refreshed = fetch(client, server.url(), QStringLiteral("key-2"));
        QVERIFY(refreshed.ok());
        QVERIFY(refreshed.keys->containsKid(QStringLiteral("key-2")));
        QCOMPARE(server.count("/keys"), 2);

        // A kid nobody has: the next refresh is allowed only a minute after the last one.
        m_clock.set(m_clock.now().addSecs(30));
        const JwksFetchResult limited = fetch(client, server.url(), QStringLiteral("key-3"));
        QVERIFY(limited.ok());
        QVERIFY(limited.fromCache);
        QCOMPARE(server.count("/keys"), 2);
        QVERIFY2(limited.notes.join(QString()).contains(QLatin1String("try again in 30 s")),
                 qPrintable(limited.notes.join(QString())));

        m_clock.set(m_clock.now().addSecs(30));
        const JwksFetchResult again = fetch(client, server.url(), QStringLiteral("key-3"));
        QVERIFY(!again.fromCache);
        QCOMPARE(server.count("/keys"), 3);
        QVERIFY(!again.keys->containsKid(QStringLiteral("key-3")));

        // Known kids are still served from the cache meanwhile.
        QVERIFY(fetch(client, server.url(), QStringLiteral("key-1")).fromCache);
        QCOMPARE(server.count("/keys"), 3);
    }

    void refusesForeignJwksUri()
    {
        IssuerServer foreign;
        foreign.jwks = TestTokens::jwks({m_key1});
        IssuerServer server;
        // Same host, other port: another origin.
        server.discovery = discoveryPointingAt(foreign.url(QStringLiteral("/keys")));
        QNetworkAccessManager network;
        JwksClient client(&network, m_clock);
        const JwksFetchResult result = fetch(client, server.url());
        QVERIFY(!result.ok());
        QCOMPARE(result.keys.error().code, QString::fromLatin1(JwksClientError::Discovery));
        QVERIFY2(result.keys.error().message.contains(QLatin1String("not on the issuer's own origin")),
                 qPrintable(messageOf(result)));
        QCOMPARE(foreign.count("/keys"), 0);
        QCOMPARE(server.count("/.well-known/jwks.json"), 0);
    }

    void refusesPlainHttpOffLoopbackWithoutARequest_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("message");
        QTest::newRow("http public") << QStringLiteral("http://tenant.auth0.com/")
                                     << QStringLiteral("Refusing to fetch keys over plain http");
        QTest::newRow("http private IP") << QStringLiteral("http://10.0.0.1/")
                                         << QStringLiteral("Refusing to fetch keys over plain http");
        QTest::newRow("ftp") << QStringLiteral("ftp://tenant.auth0.com/") << QStringLiteral("must start with https://");
        QTest::newRow("relative") << QStringLiteral("tenant.auth0.com") << QStringLiteral("is not an issuer URL");
        QTest::newRow("query") << QStringLiteral("https://tenant.auth0.com/?x=1")
                               << QStringLiteral("must not contain a query");
    }
    void refusesPlainHttpOffLoopbackWithoutARequest()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, message);
        CountingNetworkAccessManager network;
        JwksClient client(&network, m_clock);
        const JwksFetchResult result = fetch(client, QUrl(issuer));
        QVERIFY(!result.ok());
        QCOMPARE(result.keys.error().code, QString::fromLatin1(JwksClientError::Issuer));
        QVERIFY2(result.keys.error().message.contains(message), qPrintable(messageOf(result)));
        QCOMPARE(network.requests, 0);
    }

    void acceptsLoopbackAndHttps_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("https") << QStringLiteral("https://tenant.auth0.com")
                               << QStringLiteral("https://tenant.auth0.com/");
        QTest::newRow("127.0.0.2") << QStringLiteral("http://127.0.0.2:8080/")
                                   << QStringLiteral("http://127.0.0.2:8080/");
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080/") << QStringLiteral("http://[::1]:8080/");
        QTest::newRow("localhost") << QStringLiteral("http://localhost/realms/x")
                                   << QStringLiteral("http://localhost/realms/x/");
    }
    void acceptsLoopbackAndHttps()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, normalised);
        const auto checked = JwksClient::checkIssuer(QUrl(issuer));
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        QCOMPARE(checked->toString(), normalised);
    }

    void timesOut()
    {
        QTcpServer silent; // accepts connections, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> sockets;
        connect(&silent, &QTcpServer::newConnection, this, [&] { sockets << silent.nextPendingConnection(); });
        QNetworkAccessManager network;
        JwksClient client(&network, m_clock);
        client.setTransferTimeout(std::chrono::milliseconds(300));
        QElapsedTimer timer;
        timer.start();
        const JwksFetchResult result =
            fetch(client, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())));
        QVERIFY(!result.ok());
        QCOMPARE(result.keys.error().code, QString::fromLatin1(JwksClientError::Network));
        QVERIFY2(result.keys.error().message.contains(QLatin1String("timed out")), qPrintable(messageOf(result)));
        QVERIFY(timer.elapsed() < 3000);
        QCOMPARE(sockets.size(), 1);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        QNetworkAccessManager network;
        JwksClient client(&network, m_clock);
        const JwksFetchResult result = fetch(client, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
        QVERIFY(!result.ok());
        QCOMPARE(
            result.keys.error().message,
            QStringLiteral("could not reach http://127.0.0.1:%1/.well-known/openid-configuration: connection refused")
                .arg(port));
    }

    void reportsUnusableJwks()
    {
        IssuerServer server;
        server.jwks = R"({"keys": "nope"})";
        QNetworkAccessManager network;
        JwksClient client(&network, m_clock);
        const JwksFetchResult result = fetch(client, server.url());
        QVERIFY(!result.ok());
        QCOMPARE(result.keys.error().message,
                 QStringLiteral("The JWKS at %1 is unusable: jwks: 'keys' is not an array")
                     .arg(server.url(QStringLiteral("/.well-known/jwks.json")).toString()));
        QVERIFY(!client.cachedKeys(server.url()).has_value());
    }
};

QTEST_GUILESS_MAIN(TestJwksClient)
#include "TestJwksClient.moc"
