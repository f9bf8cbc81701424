#pragma once

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace orglens::test {

// One HTTP answer, read completely.
struct HttpResult {
    int status = 0; // 0: no answer (connection error, timeout)
    QByteArray body;
    QUrl location; // Location header of a redirect
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const;
    QString text() const { return QString::fromUtf8(body); }
    QByteArray header(const QByteArray &name) const;
};

// A form of one of the demo tenant's own pages (core/demo/LoginPages.cpp).
struct HtmlForm {
    QUrl action;
    QList<QPair<QString, QString>> fields; // inputs with a name, in page order

    QString value(const QString &name) const;
    void set(const QString &name, const QString &value);
};

// The authorization response captured at the loopback redirect_uri (nothing listens there).
struct AuthorizeOutcome {
    HttpResult last;    // the last response (a redirect when the flow reached the client)
    QUrlQuery callback; // query of the redirect to redirect_uri
    QString code() const { return callback.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded); }
    QString state() const { return callback.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded); }
    QString iss() const { return callback.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded); }
    QString error() const { return callback.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded); }
    QString errorDescription() const
    {
        return callback.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
    }
};

// A minimal browser for the demo tenant: real HTTP through QNetworkAccessManager, a cookie jar, no automatic
// redirects. Waits synchronously with a local event loop, so an in-process QHttpServer keeps serving.
class TestBrowser {
public:
    explicit TestBrowser(QUrl issuer);

    HttpResult get(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult postForm(const QUrl &url, const QUrlQuery &form,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult postJson(const QUrl &url, const QJsonObject &body,
                        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    HttpResult submit(const HtmlForm &form);

    // The first <form> of a page with its named inputs; nullopt when the page has none.
    static std::optional<HtmlForm> parseForm(const QString &html, const QUrl &base);

    // GET /authorize with `params`, log in (unless a session exists), then press `consentAction` (accept|deny).
    AuthorizeOutcome authorize(const QUrlQuery &params, const QString &email, const QString &password,
                               const QString &consentAction = QStringLiteral("accept"));
    // The /activate page: enter `userCode`, log in (unless a session exists), then confirm or cancel.
    HttpResult activate(const QString &userCode, const QString &email, const QString &password,
                        const QString &action = QStringLiteral("accept"));

    QUrl url(const QString &path) const { return QUrl(m_issuer.toString() + path); }

private:
    HttpResult send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body);
    // Submits the login form when `page` is the login page, then returns the next page.
    HttpResult logInIfAsked(const HttpResult &page, const QString &email, const QString &password);

    QUrl m_issuer;
    QNetworkAccessManager m_network;
};

// PKCE pair (RFC 7636): a random verifier and its S256 challenge.
struct Pkce {
    QString verifier;
    QString challenge;
    static Pkce generate();
};

} // namespace orglens::test
