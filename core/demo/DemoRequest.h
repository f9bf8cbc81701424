#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace orglens::demo {

// One HTTP request to the demo tenant as its routes see it. A plain value, so the tenant's request handling runs
// without a socket (Qt 6.4's QHttpServerRequest cannot be constructed outside QtHttpServer): the HTTP server
// converts each request with fromHttpServer(), tests and the fuzz harness build one directly.
struct DemoRequest {
    using Method = QHttpServerRequest::Method;

    Method method = Method::Get;
    QUrl url; // as QtHttpServer builds it: http://<Host header><path>?<query>
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static DemoRequest fromHttpServer(const QHttpServerRequest &request);

    QUrlQuery query() const { return QUrlQuery(url.query()); }
    // Header value, case-insensitive name; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // A cookie's value from the Cookie header; empty when absent.
    QString cookie(const QByteArray &name) const;
    // "GET", "POST", ...; empty for a method QtHttpServer does not know.
    QString methodName() const;
};

} // namespace orglens::demo
