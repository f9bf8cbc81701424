#include "DemoHttpServer.h"

#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <algorithm>

namespace orglens::demo {

struct DemoHttpServer::DelayedReply {
    QHttpServerResponse response;
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    bool sent = false;

    bool waiting() const { return !sent && socket && socket->state() == QAbstractSocket::ConnectedState; }
};

DemoHttpServer::DemoHttpServer(Handler handler, const Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler)), m_clock(clock)
{
}

int DemoHttpServer::delayedReplies() const
{
    return int(std::count_if(m_delayed.cbegin(), m_delayed.cend(), [](const std::weak_ptr<DelayedReply> &reply) {
        const auto delayed = reply.lock();
        return delayed && delayed->waiting();
    }));
}

int DemoHttpServer::openConnections() const
{
    // The listening QTcpServer is a child of this server, and every socket it accepts a child of it.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    return int(std::count_if(sockets.cbegin(), sockets.cend(), [](const QTcpSocket *socket) {
        return socket->state() == QAbstractSocket::ConnectedState;
    }));
}

bool DemoHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    DemoReply reply = m_handler(DemoRequest::fromHttpServer(request));
    if (reply.deferred) {
        // An Action is running: answer when it has finished, unless the client hung up first.
        auto waiting = std::make_shared<DelayedReply>(DelayedReply{
            .response = std::move(reply.response), .responder = makeResponder(request, socket), .socket = socket});
        std::erase_if(m_delayed, [](const std::weak_ptr<DelayedReply> &reply) { return reply.expired(); });
        m_delayed.push_back(waiting);
        reply.deferred->whenResolved([waiting](QHttpServerResponse &&response) {
            if (!waiting->waiting())
                return;
            waiting->sent = true;
            response.write(std::move(waiting->responder));
        });
        return true;
    }
    if (reply.delayMs <= 0) {
        reply.response.write(makeResponder(request, socket));
        return true;
    }
    // QtHttpServer 6.4 lets a responder outlive the request handler: keep it and answer when the clock says. The
    // socket is the context of the wait, so a client that hangs up first simply cancels the answer.
    auto delayed = std::make_shared<DelayedReply>(DelayedReply{
        .response = std::move(reply.response), .responder = makeResponder(request, socket), .socket = socket});
    std::erase_if(m_delayed, [](const std::weak_ptr<DelayedReply> &reply) { return reply.expired(); });
    m_delayed.push_back(delayed);
    m_clock.callAt(m_clock.now().addMSecs(reply.delayMs), socket, [delayed] {
        if (!delayed->waiting())
            return;
        delayed->sent = true;
        delayed->response.write(std::move(delayed->responder));
    });
    return true;
}

void DemoHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers every request; QtHttpServer still calls this for an unaccepted WebSocket upgrade.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace orglens::demo
