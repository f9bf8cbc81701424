#pragma once

#include "DemoRouter.h"

#include <QAbstractHttpServer>

#include <functional>

namespace orglens::demo {

// The QtHttpServer side of the demo tenant: turns every request into a DemoRequest, hands it to one function and
// writes the reply (after its delay, if any). The tenant's routing and handlers never see a socket.
class DemoHttpServer : public QAbstractHttpServer {
public:
    using Handler = std::function<DemoReply(const DemoRequest &request)>;

    explicit DemoHttpServer(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace orglens::demo
