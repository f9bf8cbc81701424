// Attacks on the login flows, against the demo tenant over real HTTP: replayed callbacks, a callback carrying both
// a code and an error, callbacks from off the machine, and TLS servers with untrusted certificates. State and iss
// mismatches, non-loopback http issuers and PKCE code reuse have their own tests (see SECURITY.md).
#include "ClientLogins.h"
#include "DemoTenantFixture.h"
#include "EventLoop.h"
#include "common/CountingNetworkAccessManager.h"

#include "jwt/JwksClient.h"
#include "oauth/PkceFlow.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

using namespace orglens;
using namespace orglens::oauth;
using orglens::test::DemoTenantFixture;
using orglens::test::pkceCallbackFor;
using orglens::test::TestBrowser;
using orglens::test::waitForResult;

namespace {

// A self-signed certificate for 127.0.0.1 (valid name and dates: only the trust is missing).
struct SelfSignedCertificate {
    QSslCertificate certificate;
    QSslKey key;

    static SelfSignedCertificate generate()
    {
        EVP_PKEY *key = EVP_EC_gen("P-256");
        X509 *x509 = X509_new();
        ASN1_INTEGER_set(X509_get_serialNumber(x509), 1);
        X509_gmtime_adj(X509_getm_notBefore(x509), -60);
        X509_gmtime_adj(X509_getm_notAfter(x509), 3600);
        X509_set_pubkey(x509, key);
        X509_NAME *name = X509_get_subject_name(x509);
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("127.0.0.1"), -1,
                                   -1, 0);
        X509_set_issuer_name(x509, name);
        X509_EXTENSION *san = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name, "IP:127.0.0.1");
        X509_add_ext(x509, san, -1);
        X509_EXTENSION_free(san);
        X509_sign(x509, key, EVP_sha256());

        const auto pem = [](auto write) {
            BIO *bio = BIO_new(BIO_s_mem());
            write(bio);
            char *data = nullptr;
            const long size = BIO_get_mem_data(bio, &data);
            QByteArray bytes(data, size);
            BIO_free(bio);
            return bytes;
        };
        SelfSignedCertificate result;
        result.certificate = QSslCertificate(pem([&](BIO *bio) { PEM_write_bio_X509(bio, x509); }));
        result.key =
            QSslKey(pem([&](BIO *bio) { PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr); }),
                    QSsl::Ec);
        X509_free(x509);
        EVP_PKEY_free(key);
        return result;
    }
};

// An https server on 127.0.0.1 with a self-signed certificate that answers every request with a discovery
// document (and its JWKS): a client that ignored the certificate error would get a working answer.
class UntrustedTlsServer : public QSslServer {
public:
    UntrustedTlsServer()
    {
        const SelfSignedCertificate identity = SelfSignedCertificate::generate();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(identity.certificate);
        configuration.setPrivateKey(identity.key);
        setSslConfiguration(configuration);
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    ++requests;
                    const QByteArray body = R"({"issuer":")" + issuer().toEncoded() + R"(","token_endpoint":")" +
                                            issuer().toEncoded() + R"(oauth/token","jwks_uri":")" +
                                            issuer().toEncoded() + R"(.well-known/jwks.json","keys":[]})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl issuer() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(serverPort())); }
    int requests = 0;
};

// The threads in which Qt's network access managers run their connections (Qt names them so).
int networkThreads()
{
    int count = 0;
    for (const QFileInfo &task :
         QDir(QStringLiteral("/proc/self/task")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile name(task.filePath() + QStringLiteral("/comm"));
        if (name.open(QIODevice::ReadOnly) && name.readAll().startsWith("QNetworkAccessM"))
            ++count;
    }
    return count;
}

} // namespace

class TestOAuthAttacks : public QObject {
    Q_OBJECT

    std::unique_ptr<DemoTenantFixture> m_demo;
    std::unique_ptr<CountingNetworkAccessManager> m_network;
    std::unique_ptr<OAuthClient> m_client;
    QList<QJsonObject> m_events;

    QUrl issuer() const { return m_demo->tenant().issuer(); }

    PkceFlow *startPkce()
    {
        PkceFlowRequest request;
        request.issuer = issuer();
        request.clientId = QStringLiteral("demo-native");
        request.scope = QStringLiteral("openid profile");
        return PkceFlow::start(*m_client, request);
    }

    // Logs alice in and returns the tenant's redirect to the loopback listener, not yet followed.
    QUrl callbackOf(PkceFlow *flow) { return pkceCallbackFor(flow, issuer(), QStringLiteral("alice@example.com")); }

    // Requests of the authorization_code grant the tenant saw (issued or refused).
    int codeRedemptions() const
    {
        return int(std::count_if(m_events.cbegin(), m_events.cend(), [](const QJsonObject &event) {
            const QString type = event.value(QLatin1String("type")).toString();
            return (type == QLatin1String("token_issued") || type == QLatin1String("token_error")) &&
                   event.value(QLatin1String("grant_type")).toString() == QLatin1String("authorization_code");
        }));
    }

private slots:
    void init()
    {
        m_demo = std::make_unique<DemoTenantFixture>();
        QVERIFY2(m_demo->started(), qPrintable(m_demo->startError()));
        m_events.clear();
        connect(&m_demo->tenant(), &demo::DemoTenant::activity, this,
                [this](const QJsonObject &event) { m_events << event; });
        m_network = std::make_unique<CountingNetworkAccessManager>();
        m_client = std::make_unique<OAuthClient>(m_network.get());
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_demo.reset();
        // A connection thread that made a TLS handshake holds OpenSSL's per-thread random generators, which OpenSSL
        // frees as the thread exits. Qt's threads are detached and may still be exiting when the test ends, and
        // the leak check at exit would report the generators: wait until every one is gone.
        QTRY_COMPARE_WITH_TIMEOUT(networkThreads(), 0, 10000);
    }

    // A second callback, even on a connection opened before the first one closed the listener, is refused and
    // never redeems the code again.
    void replayedCallbackIsRefused()
    {
        PkceFlow *flow = startPkce();
        const QUrl callback = callbackOf(flow);
        QTcpSocket first;
        QTcpSocket replay;
        first.connectToHost(QHostAddress::LocalHost, flow->port());
        replay.connectToHost(QHostAddress::LocalHost, flow->port());
        QVERIFY(first.waitForConnected(5000));
        QVERIFY(replay.waitForConnected(5000));
        test::runQueuedEvents(); // the listener accepts both connections
        const QByteArray request = "GET " + callback.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                                   " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

        first.write(request);
        QVERIFY(QTest::qWaitFor([&] { return first.bytesAvailable() > 0; }, 5000));
        QVERIFY(first.readAll().startsWith("HTTP/1.1 200"));
        const TokenResult result = waitForResult(flow);
        QVERIFY2(result.ok(), qPrintable(result.error.text()));

        replay.write(request);
        QVERIFY(QTest::qWaitFor([&] { return replay.bytesAvailable() > 0; }, 5000));
        QVERIFY(replay.readAll().startsWith("HTTP/1.1 410"));
        QTRY_COMPARE(m_network->requestsInFlight(), 0); // a second redemption would have reached the tenant
        QCOMPARE(codeRedemptions(), 1);
    }

    // RFC 6749 §4.1.2.1: a response with an error is an error, whatever else it carries; the code is not redeemed.
    void callbackWithCodeAndErrorIsAnError()
    {
        PkceFlow *flow = startPkce();
        QUrl callback = callbackOf(flow);
        QUrlQuery query(callback);
        QVERIFY(!query.queryItemValue(QStringLiteral("code")).isEmpty());
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        query.addQueryItem(QStringLiteral("error_description"), QStringLiteral("injected"));
        callback.setQuery(query);
        TestBrowser browser(issuer());
        QCOMPARE(browser.get(callback).status, 400);
        const TokenResult result = waitForResult(flow);
        QCOMPARE(result.status, FlowStatus::Failed);
        QCOMPARE(result.error.error, QStringLiteral("access_denied"));
        QTRY_COMPARE(m_network->requestsInFlight(), 0); // a redemption would have reached the tenant
        QCOMPARE(codeRedemptions(), 0);
    }

    // The callback listener is bound to 127.0.0.1: another machine (or this one through a non-loopback address)
    // cannot reach it.
    void callbackListenerIsLoopbackOnly()
    {
        QHostAddress external;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
                external = address;
        }
        if (external.isNull())
            QSKIP("this machine has no non-loopback IPv4 address");
        PkceFlow *flow = startPkce();
        QVERIFY(flow->isListening());
        QTcpSocket socket;
        socket.connectToHost(external, flow->port());
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(external.toString()));
        QTcpSocket loopback;
        loopback.connectToHost(QHostAddress::LocalHost, flow->port());
        QVERIFY(loopback.waitForConnected(2000));
    }

    // Certificate errors are never ignored: discovery and JWKS requests to a server with an untrusted certificate
    // fail with a message that names the TLS problem, and no request reaches the server.
    void untrustedCertificateIsRefused()
    {
        UntrustedTlsServer server;
        QVERIFY(server.isListening());

        // The server works for a client that ignores certificate errors (its own network access manager, so no
        // connection or TLS session is shared), so only certificate verification stops OrgLens.
        {
            QNetworkAccessManager laxNetwork;
            QNetworkReply *lax = laxNetwork.get(QNetworkRequest(server.issuer().resolved(QUrl(QStringLiteral("x")))));
            lax->ignoreSslErrors();
            QVERIFY(QTest::qWaitFor([lax] { return lax->isFinished(); }, 10000));
            QCOMPARE(lax->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete lax;
        }
        QCOMPARE(server.requests, 1);

        std::optional<Parsed<DiscoveryDocument>> discovery;
        QObject context;
        m_client->discover(server.issuer(), &context, [&](const Parsed<DiscoveryDocument> &d) { discovery = d; });
        QVERIFY(QTest::qWaitFor([&] { return discovery.has_value(); }, 10000));
        QVERIFY(!discovery->ok());
        QCOMPARE(discovery->error->error, QStringLiteral("network_error"));
        QVERIFY2(discovery->error->description.contains(QStringLiteral("SSL handshake failed")),
                 qPrintable(discovery->error->text()));
        QVERIFY2(discovery->error->hint.contains(QStringLiteral("never ignores certificate errors")),
                 qPrintable(discovery->error->text()));

        jwt::JwksClient jwks(m_network.get());
        QSignalSpy ready(&jwks, &jwt::JwksClient::keysReady);
        jwks.fetchKeys(server.issuer());
        QVERIFY(ready.wait(10000));
        const auto fetched = ready.at(0).at(1).value<jwt::JwksFetchResult>();
        QVERIFY(!fetched.ok());
        QVERIFY2(fetched.keys.error().message.contains(QStringLiteral("TLS handshake failed")),
                 qPrintable(fetched.keys.error().message));
        QCOMPARE(server.requests, 1); // only the lax client's
    }
};

QTEST_GUILESS_MAIN(TestOAuthAttacks)
#include "TestOAuthAttacks.moc"
