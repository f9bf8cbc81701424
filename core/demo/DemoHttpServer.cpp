#include "DemoHttpServer.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace orglens::demo {

DemoHttpServer::DemoHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

bool DemoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    DemoReply reply = m_handler(DemoRequest::fromHttpServer(request));
    if (reply.delayMs <= 0) {
        reply.response.write(makeResponder(request, socket));
        return true;
    }
    // QtHttpServer 6.4 lets a responder outlive the request handler: keep it and answer from a timer. The socket
    // is the timer's context, so a client that hangs up first simply cancels the answer.
    auto pending = std::make_shared<std::pair<QHttpServerResponse, QHttpServerResponder>>(
        std::move(reply.response), makeResponder(request, socket));
    QPointer<QTcpSocket> guard = socket;
    QTimer::singleShot(reply.delayMs, socket, [pending, guard] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            pending->first.write(std::move(pending->second));
    });
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; QtHttpServer still calls this for an unaccepted WebSocket upgrade.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace orglens::demo
