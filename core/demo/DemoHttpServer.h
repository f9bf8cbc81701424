#pragma once

#include "DemoRouter.h"
#include "common/Clock.h"

#include <QAbstractHttpServer>

#include <functional>
#include <memory>
#include <vector>

namespace orglens::demo {

// The QtHttpServer side of the demo tenant: turns every request into a DemoRequest, hands it to one function and
// writes the reply (after its delay on `clock`, if any). The tenant's routing and handlers never see a socket.
class DemoHttpServer : public QAbstractHttpServer {
public:
    using Handler = std::function<DemoReply(const DemoRequest &request)>;

    // clock must outlive the server.
    DemoHttpServer(Handler handler, const Clock &clock, QObject *parent = nullptr);

    // Replies waiting for their delay whose client is still connected.
    int delayedReplies() const;
    // Client connections not closed yet (a closed one has had all its requests read and handled).
    int openConnections() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct DelayedReply;

    Handler m_handler;
    const Clock &m_clock;
    std::vector<std::weak_ptr<DelayedReply>> m_delayed; // expire once the clock has called or dropped them
};

} // namespace orglens::demo
