#include "DemoRouter.h"

namespace orglens::demo {

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
