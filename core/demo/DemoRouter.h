#pragma once

#include "DemoRequest.h"

#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace orglens::demo {

// An answer of the demo tenant: the response, and how long to hold it back (the Management API's --slow-ms).
struct DemoReply {
    DemoReply(QHttpServerResponse &&response, int delayMs = 0) // implicit: handlers return plain responses
        : response(std::move(response)), delayMs(delayMs)
    {
    }

    QHttpServerResponse response;
    int delayMs = 0;
};

// The demo tenant's routing table, with QHttpServer's rules so the routes keep their meaning: a pattern is a
// regular expression for the whole decoded path in which each "<arg>" captures one path segment, and the first
// route registered that matches method and path answers.
class DemoRouter {
public:
    using Methods = QHttpServerRequest::Methods;
    using Handler = std::function<DemoReply(const DemoRequest &request, const QStringList &arguments)>;

    void route(const QString &pattern, Methods methods, Handler handler);
    // The answer of the first matching route; nullopt when no route matches.
    std::optional<DemoReply> dispatch(const DemoRequest &request) const;

private:
    struct Route {
        QRegularExpression path;
        Methods methods;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace orglens::demo
