#include "HttpTestClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QTimer>

namespace orglens::test {

HttpTestClient::Pending::Pending(QNetworkReply *reply) : m_reply(reply) {}

HttpTestClient::Pending::~Pending()
{
    m_reply->deleteLater();
}

bool HttpTestClient::Pending::isFinished() const
{
    return m_reply->isFinished();
}

void HttpTestClient::Pending::abort()
{
    m_reply->abort();
}

HttpReply HttpTestClient::Pending::wait(int timeoutMs)
{
    if (!m_reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(m_reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    HttpReply reply;
    if (!m_reply->isFinished()) {
        reply.networkError = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        m_reply->abort();
        return reply;
    }
    reply.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply.status == 0)
        reply.networkError = m_reply->errorString();
    reply.body = m_reply->readAll();
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        reply.headers.insert(name.toLower(), value);
    return reply;
}

std::unique_ptr<HttpTestClient::Pending> HttpTestClient::start(const QByteArray &method, const QUrl &url,
                                                               const QByteArray &bearer, const QByteArray &body,
                                                               const QByteArray &contentType)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10'000);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply =
        body.isEmpty() && method == "GET" ? m_network.get(request) : m_network.sendCustomRequest(request, method, body);
    return std::make_unique<Pending>(reply);
}

HttpReply HttpTestClient::get(const QUrl &url, const QByteArray &bearer)
{
    return start("GET", url, bearer)->wait();
}

HttpReply HttpTestClient::send(const QByteArray &method, const QUrl &url, const QByteArray &bearer,
                               const QByteArray &body, const QByteArray &contentType)
{
    return start(method, url, bearer, body, contentType)->wait();
}

HttpReply HttpTestClient::postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    QByteArrayList pairs;
    for (const auto &[name, value] : fields)
        pairs << QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return send("POST", url, {}, pairs.join('&'), "application/x-www-form-urlencoded");
}

} // namespace orglens::test
