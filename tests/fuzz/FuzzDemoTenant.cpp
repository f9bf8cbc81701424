// The demo tenant's request handling: every route (discovery, JWKS, /authorize and its pages, /oauth/token,
// /oauth/device/code, /userinfo, /oauth/revoke, the Management API) behind a real QHttpServer on 127.0.0.1.
//
// Qt 6.4's QHttpServerRequest has no public constructor and responses are written to a QTcpSocket, so there is
// no socket-free seam without rewriting every handler; the harness sends each input as one request over a kept-alive
// loopback connection instead (QNetworkAccessManager builds the HTTP, so mutations reach the handlers rather than
// Qt's HTTP parser).
//
// Input (text): "METHOD /path?query", header lines "Name: value", an empty line, the body. In the path, headers and
// body, $MGMT_TOKEN becomes a valid Management API token, $USER_TOKEN a valid user access token, $M2M_SECRET the
// demo M2M client's secret, so mutations get past authentication.
#include "FuzzInput.h"

#include "DemoTenant.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <memory>

using namespace orglens;

namespace {

class Harness {
public:
    Harness() { restart(); }

    void run(const QByteArray &input)
    {
        // Bound the state the tenant accumulates (login transactions, sessions, rate limit buckets).
        if (++m_requests % 5000 == 0)
            restart();
        const qsizetype headerEnd = input.indexOf("\n\n");
        const QByteArray head = headerEnd < 0 ? input : input.left(headerEnd);
        const QByteArray body = headerEnd < 0 ? QByteArray() : substitute(input.mid(headerEnd + 2));
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = fuzz::splitInput(lines.value(0).trimmed(), ' ', 2);
        const QByteArray method = requestLine[0].isEmpty() ? QByteArrayLiteral("GET") : requestLine[0];
        const QUrl url = QUrl::fromEncoded(m_base + substitute(requestLine[1]).trimmed(), QUrl::TolerantMode);
        if (!url.isValid() || url.host() != QLatin1String("127.0.0.1") || url.port() != m_tenant->port())
            return; // the harness only talks to the tenant
        QNetworkRequest request(url);
        request.setTransferTimeout(5000);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.setRawHeader(lines[i].left(colon).trimmed(), substitute(lines[i].mid(colon + 1).trimmed()));
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        delete reply;
        // The tenant answers everything it is sent (HEAD and protocol-level refusals aside) and never with a 5xx:
        // fault injection is off here, so a 500 is a handler failure.
        fuzz::expect(status < 500);
        // JSON answers are well-formed.
        fuzz::expect(!answer.startsWith('{') || !QJsonDocument::fromJson(answer).isNull());
    }

private:
    void restart()
    {
        m_network.clearConnectionCache();
        demo::DemoTenantOptions options;
        options.managementRateLimit = 1'000'000; // the limiter has its own tests; here it would hide the handlers
        options.deviceInterval = 1;
        m_tenant = std::make_unique<demo::DemoTenant>(options);
        const auto port = m_tenant->start();
        if (!port)
            qFatal("demo tenant: %s", qPrintable(port.error().message));
        m_base = m_tenant->issuer().toEncoded();
        m_base.chop(1); // inputs start their path with '/'
        m_managementToken = tokenFrom({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                       {QStringLiteral("client_id"), QStringLiteral("demo-m2m")},
                                       {QStringLiteral("client_secret"), QStringLiteral("demo-m2m-secret")},
                                       {QStringLiteral("audience"), m_tenant->managementAudience().toString()}});
        m_userToken = tokenFrom({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                 {QStringLiteral("client_id"), QStringLiteral("demo-native")},
                                 {QStringLiteral("username"), QStringLiteral("alice@example.com")},
                                 {QStringLiteral("password"), QStringLiteral("demo-password")},
                                 {QStringLiteral("scope"), QStringLiteral("openid profile")},
                                 {QStringLiteral("audience"), QStringLiteral("https://api.orglens.example/")}});
    }

    QByteArray tokenFrom(const QList<QPair<QString, QString>> &fields)
    {
        QUrlQuery form;
        form.setQueryItems(fields);
        QNetworkRequest request(m_tenant->endpoint(QStringLiteral("oauth/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray token =
            QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("access_token")).toString().toLatin1();
        delete reply;
        if (token.isEmpty())
            qFatal("the demo tenant issued no token");
        return token;
    }

    QByteArray substitute(QByteArray text) const
    {
        return text.replace("$MGMT_TOKEN", m_managementToken)
            .replace("$USER_TOKEN", m_userToken)
            .replace("$M2M_SECRET", "demo-m2m-secret");
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<demo::DemoTenant> m_tenant;
    QByteArray m_base;
    QByteArray m_managementToken;
    QByteArray m_userToken;
    quint64 m_requests = 0;
};

Harness *harness = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_LOGGING_RULES", "*.debug=false;qt.network.ssl.warning=false");
    static QCoreApplication application(*argc, *argv);
    harness = new Harness; // lives for the whole run: libFuzzer exits without returning
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    harness->run(fuzz::bytesOf(data, size));
    return 0;
}
