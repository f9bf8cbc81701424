#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <memory>

namespace orglens::test {

// A finished HTTP exchange as a test sees it.
struct HttpReply {
    int status = 0;       // 0 when the request failed below HTTP
    QString networkError; // set when status is 0
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// Real HTTP against a local server (the demo tenant) through QNetworkAccessManager. The blocking calls spin a
// local event loop, so a server in the same thread keeps serving; start() returns a pending request for tests
// that need several in flight.
class HttpTestClient {
public:
    class Pending {
    public:
        explicit Pending(QNetworkReply *reply);
        ~Pending();
        // Waits (running the event loop) until the reply is finished or timeoutMs passes.
        HttpReply wait(int timeoutMs = 10'000);
        bool isFinished() const;
        // Hangs up without waiting for the answer.
        void abort();

    private:
        QNetworkReply *m_reply;
    };

    std::unique_ptr<Pending> start(const QByteArray &method, const QUrl &url, const QByteArray &bearer = {},
                                   const QByteArray &body = {}, const QByteArray &contentType = {});

    HttpReply get(const QUrl &url, const QByteArray &bearer = {});
    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &bearer, const QByteArray &body,
                   const QByteArray &contentType = "application/json");
    // POST application/x-www-form-urlencoded.
    HttpReply postForm(const QUrl &url, const QList<QPair<QString, QString>> &fields);

private:
    QNetworkAccessManager m_network;
};

} // namespace orglens::test
