#include "common/CountingNetworkAccessManager.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace orglens;

class TestCountingNetworkAccessManager : public QObject {
    Q_OBJECT
private slots:
    void countsRequestsUntilAnswered()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        CountingNetworkAccessManager network;
        QSignalSpy changes(&network, &CountingNetworkAccessManager::requestsInFlightChanged);
        QSignalSpy failures(&network, &CountingNetworkAccessManager::requestFailed);
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/slow?code=secret").arg(server.serverPort()));
        QNetworkReply *first = network.get(QNetworkRequest(url));
        QNetworkReply *second = network.get(QNetworkRequest(url));
        QCOMPARE(network.requestsInFlight(), 2);
        // Answer one request; the other one is aborted.
        QVERIFY(QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 5000));
        QTcpSocket *socket = server.nextPendingConnection();
        QVERIFY(QTest::qWaitFor([&] { return socket->bytesAvailable() > 0; }, 5000));
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->flush();
        QVERIFY(QTest::qWaitFor([&] { return first->isFinished() || second->isFinished(); }, 5000));
        QCOMPARE(network.requestsInFlight(), 1);
        (first->isFinished() ? second : first)->abort();
        QCOMPARE(network.requestsInFlight(), 0);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(failures.size(), 0); // an HTTP error status and an abort are not transport failures
        delete first;
        delete second;
        QCOMPARE(network.requestsInFlight(), 0);
    }

    void reportsUnreachableHostsWithoutTheQuery()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close(); // nothing listens there now
        CountingNetworkAccessManager network;
        QSignalSpy failures(&network, &CountingNetworkAccessManager::requestFailed);
        QNetworkReply *reply =
            network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/token?code=secret").arg(port))));
        QVERIFY(failures.wait(5000));
        QCOMPARE(network.requestsInFlight(), 0);
        const QUrl reported = failures.at(0).at(0).toUrl();
        QCOMPARE(reported.query(), QString());
        QCOMPARE(failures.at(0).at(1).value<QNetworkReply::NetworkError>(), QNetworkReply::ConnectionRefusedError);
        QVERIFY(!failures.at(0).at(2).toString().contains(QStringLiteral("secret")));
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestCountingNetworkAccessManager)
#include "TestCountingNetworkAccessManager.moc"
