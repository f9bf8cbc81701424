#include "FaultyHttpServer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace orglens::test {

FaultyHttpServer::FaultyHttpServer(Handler handler, QObject *parent) : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultyHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

void FaultyHttpServer::serve(QTcpSocket *socket)
{
    // Requests are small: wait until the headers and the announced body are all here.
    QByteArray buffered = socket->property("buffered").toByteArray() + socket->readAll();
    socket->setProperty("buffered", buffered);
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffered.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.url = QUrl(QString::fromLatin1(first.value(1)));
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            length = value.toLongLong();
    }
    if (buffered.size() < end + 4 + length)
        return;
    request.body = buffered.mid(end + 4, length);
    socket->setProperty("buffered", buffered.mid(end + 4 + length));
    ++m_requests;
    m_received.append(request);
    respond(socket, m_handler(request));
}

void FaultyHttpServer::respond(QTcpSocket *socket, const Response &response)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\nContent-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.endless)
        head += "Connection: close\r\n"; // the body ends when the connection does (RFC 9112 §6.3)
    else if (response.announceLength)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += "\r\n";
    socket->write(head);
    m_bytesSent += head.size();
    const QPointer<QTcpSocket> alive(socket);

    if (response.endless) {
        const QByteArray chunk = response.body.isEmpty()
                                     ? QByteArray(64 * 1024, ' ')
                                     : response.body.repeated(std::max<qsizetype>(1, 65536 / response.body.size()));
        auto sent = std::make_shared<qint64>(0);
        const qint64 bound = response.maxBytes;
        auto pushMore = [this, alive, chunk, sent, bound] {
            // Keep about 1 MB queued: as fast as the client reads, never unbounded in this process.
            while (alive && alive->bytesToWrite() < (1 << 20) && *sent < bound) {
                alive->write(chunk);
                *sent += chunk.size();
                m_bytesSent += chunk.size();
            }
            if (alive && *sent >= bound)
                alive->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, this, pushMore);
        pushMore();
        return;
    }
    if (response.trickle.count() > 0) {
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        const QByteArray body = response.body;
        connect(timer, &QTimer::timeout, socket, [this, alive, timer, position, body] {
            if (!alive || *position >= body.size()) {
                timer->stop();
                return;
            }
            alive->write(body.mid((*position)++, 1));
            ++m_bytesSent;
        });
        timer->start(response.trickle);
        return;
    }
    socket->write(response.body);
    m_bytesSent += response.body.size();
}

} // namespace orglens::test
