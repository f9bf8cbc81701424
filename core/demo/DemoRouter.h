#pragma once

#include "DemoRequest.h"

#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace orglens::demo {

// A response that comes later: from an Action running on Node. The handler that starts the work returns
// DemoReply::later(deferred) and calls resolve() once; whoever sends the answer asks for it with whenResolved().
class DeferredReply {
public:
    void resolve(QHttpServerResponse &&response);
    // Runs before the response is delivered (the tenant's no-store header, its response observer).
    void beforeDelivery(std::function<void(QHttpServerResponse &)> step);
    // `deliver` gets the response once resolved: now if it already is.
    void whenResolved(std::function<void(QHttpServerResponse &&)> deliver);
    bool isResolved() const { return m_resolved; }

private:
    void deliverIfReady();

    std::optional<QHttpServerResponse> m_response;
    std::vector<std::function<void(QHttpServerResponse &)>> m_steps;
    std::function<void(QHttpServerResponse &&)> m_deliver;
    bool m_resolved = false;
};

// An answer of the demo tenant: the response, and how long to hold it back (the Management API's --slow-ms); or a
// deferred response that a running Action completes.
struct DemoReply {
    DemoReply(QHttpServerResponse &&response, int delayMs = 0) // implicit: handlers return plain responses
        : response(std::move(response)), delayMs(delayMs)
    {
    }
    static DemoReply later(std::shared_ptr<DeferredReply> deferred);

    QHttpServerResponse response;
    int delayMs = 0;
    std::shared_ptr<DeferredReply> deferred; // when set, `response` is a placeholder
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
