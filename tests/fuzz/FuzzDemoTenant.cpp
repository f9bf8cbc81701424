// The demo tenant's request handling: every route (discovery, JWKS, /authorize and its pages, /oauth/token,
// /oauth/device/code, /userinfo, /oauth/revoke, the Management API) through DemoTenant::handle(), the function the
// tenant's HTTP server hands every request to, in-process and without a connection.
//
// Input (text): "METHOD /path?query", header lines "Name: value", an empty line, the body. In the path, headers and
// body, $MGMT_TOKEN becomes a valid Management API token, $USER_TOKEN a valid user access token, $M2M_SECRET the
// demo M2M client's secret, so mutations get past authentication.
#include "FuzzInput.h"

#include "DemoTenant.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QUrlQuery>

#include <memory>

using namespace orglens;

namespace {

// "GET" -> Method::Get; Unknown for anything else, as QtHttpServer parses a method it does not know.
demo::DemoRequest::Method methodOf(const QByteArray &name)
{
    using Method = demo::DemoRequest::Method;
    const QMetaEnum methods = QMetaEnum::fromType<Method>();
    for (int i = 0; i < methods.keyCount(); ++i) {
        const auto method = Method(methods.value(i));
        if (method != Method::AnyKnown && name == QByteArray(methods.key(i)).toUpper())
            return method;
    }
    return Method::Unknown;
}

class Harness {
public:
    Harness() { start(); }

    void run(const QByteArray &input)
    {
        serve(input);
        // Every input meets the tenant as start() left it: a crash replays from its input alone, memory stays
        // bounded, and an input that allocates more than it frees is a real leak for libFuzzer's leak check.
        m_tenant->reset();
    }

private:
    void serve(const QByteArray &input)
    {
        const qsizetype headerEnd = input.indexOf("\n\n");
        const QByteArray head = headerEnd < 0 ? input : input.left(headerEnd);
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = fuzz::splitInput(lines.value(0).trimmed(), ' ', 2);

        demo::DemoRequest request;
        request.method = requestLine[0].isEmpty() ? demo::DemoRequest::Method::Get : methodOf(requestLine[0]);
        // The URL as the tenant's HTTP server would see it: the request target on the tenant's origin.
        request.url = QUrl::fromEncoded(m_base + substitute(requestLine[1]).trimmed(), QUrl::TolerantMode);
        if (!request.url.isValid() || request.url.host() != QLatin1String("127.0.0.1") ||
            request.url.port() != m_tenant->port())
            return;                  // a path that changes the origin is not a request to the tenant
        request.url.setFragment({}); // never sent
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.append({lines[i].left(colon).trimmed(), substitute(lines[i].mid(colon + 1).trimmed())});
        }
        if (headerEnd >= 0)
            request.body = substitute(input.mid(headerEnd + 2));

        const demo::DemoReply reply = m_tenant->handle(request);
        // Fault injection is off here, so a 5xx is a handler failure.
        fuzz::expect(int(reply.response.statusCode()) < 500);
        // JSON answers are well-formed.
        const QByteArray answer = reply.response.data();
        fuzz::expect(!answer.startsWith('{') || !QJsonDocument::fromJson(answer).isNull());
    }

    void start()
    {
        demo::DemoTenantOptions options;
        options.managementRateLimit = 1'000'000'000; // the limiter has its own tests; here it would hide the handlers
        options.deviceInterval = 1;
        m_tenant = std::make_unique<demo::DemoTenant>(options);
        // The tenant listens (its issuer names its port), but the harness never connects.
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
        demo::DemoRequest request;
        request.method = demo::DemoRequest::Method::Post;
        request.url = m_tenant->endpoint(QStringLiteral("oauth/token"));
        request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")}};
        request.body = form.toString(QUrl::FullyEncoded).toUtf8();
        const QByteArray token = QJsonDocument::fromJson(m_tenant->handle(request).response.data())
                                     .object()
                                     .value(QLatin1String("access_token"))
                                     .toString()
                                     .toLatin1();
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

    std::unique_ptr<demo::DemoTenant> m_tenant;
    QByteArray m_base;
    QByteArray m_managementToken;
    QByteArray m_userToken;
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
