#include "DemoRouter.h"

#include <utility>

namespace orglens::demo {

void DeferredReply::resolve(QHttpServerResponse &&response)
{
    if (m_resolved)
        return;
    m_resolved = true;
    m_response.emplace(std::move(response));
    deliverIfReady();
}

void DeferredReply::beforeDelivery(std::function<void(QHttpServerResponse &)> step)
{
    m_steps.push_back(std::move(step));
}

void DeferredReply::whenResolved(std::function<void(QHttpServerResponse &&)> deliver)
{
    m_deliver = std::move(deliver);
    deliverIfReady();
}

void DeferredReply::deliverIfReady()
{
    if (!m_response || !m_deliver)
        return;
    for (const auto &step : m_steps)
        step(*m_response);
    QHttpServerResponse response = std::move(*m_response);
    m_response.reset();
    std::exchange(m_deliver, {})(std::move(response));
}

DemoReply DemoReply::later(std::shared_ptr<DeferredReply> deferred)
{
    DemoReply reply{QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError)};
    reply.deferred = std::move(deferred);
    return reply;
}

void DemoRouter::route(const QString &pattern, Methods methods, Handler handler)
{
    QString expression = pattern;
    expression.replace(QLatin1String("<arg>"), QLatin1String("([^/]+)"));
    QRegularExpression path(QLatin1Char('^') + expression + QLatin1Char('$'));
    Q_ASSERT_X(path.isValid(), "DemoRouter::route", qPrintable(pattern));
    path.optimize();
    m_routes.push_back(Route{std::move(path), methods, std::move(handler)});
}

std::optional<DemoReply> DemoRouter::dispatch(const DemoRequest &request) const
{
    const QString path = request.url.path();
    for (const Route &route : m_routes) {
        if (!route.methods.testFlag(request.method))
            continue;
        const QRegularExpressionMatch match = route.path.match(path);
        if (!match.hasMatch())
            continue;
        return route.handler(request, match.capturedTexts().mid(1));
    }
    return std::nullopt;
}

} // namespace orglens::demo
