#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace orglens::test {

// A deliberately misbehaving HTTP/1.1 server on 127.0.0.1 for tests of what the clients do with hostile or broken
// servers: endless bodies, bytes trickled one at a time, repeated paging cursors. Every misbehaviour is bounded in
// bytes and time, so a test that fails to stop the client still ends.
class FaultyHttpServer : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QUrl url; // path and query
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Response {
        int status = 200;
        QByteArray contentType = "application/json";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        // Misbehaviours:
        bool endless = false;                 // `body` repeated for ever (no Content-Length), up to maxBytes
        qint64 maxBytes = qint64(4) << 30;    // the bound of an endless body
        std::chrono::milliseconds trickle{0}; // one byte of `body` per interval after the headers
        bool announceLength = true;           // send Content-Length (trickled bodies announce their full size)
    };
    using Handler = std::function<Response(const Request &)>;

    explicit FaultyHttpServer(Handler handler, QObject *parent = nullptr);

    bool listening() const { return m_server.isListening(); }
    QUrl url(const QString &path = QStringLiteral("/")) const;
    int requests() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }
    QList<Request> received() const { return m_received; }

private:
    void serve(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    Handler m_handler;
    int m_requests = 0;
    qint64 m_bytesSent = 0;
    QList<Request> m_received;
};

} // namespace orglens::test
