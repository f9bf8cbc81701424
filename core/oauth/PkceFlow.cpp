#include "oauth/PkceFlow.h"

#include "jwt/TokenDecoder.h"
#include "oauth/Pkce.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QTcpServer>

namespace orglens::oauth {

namespace {

QHttpServerResponse page(const QString &title, const QString &message,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    const QString html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OrgLens — %1</title></head>"
                       "<body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1><p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), message.toHtmlEscaped());
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
}

} // namespace

PkceFlow *PkceFlow::start(OAuthClient &client, PkceFlowRequest request)
{
    auto *flow = new PkceFlow(client, std::move(request));
    flow->begin();
    return flow;
}

PkceFlow::PkceFlow(OAuthClient &client, PkceFlowRequest request) : TokenOperation(client), m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(makeError(QStringLiteral("login_timeout"),
                       tr("No login came back to %1 within %2 s.")
                           .arg(redirectUri().toString())
                           .arg(std::chrono::duration_cast<std::chrono::seconds>(m_request.timeout).count())));
    });
}

PkceFlow::~PkceFlow() = default;

QUrl PkceFlow::redirectUri() const
{
    QUrl uri;
    uri.setScheme(QStringLiteral("http"));
    uri.setHost(QStringLiteral("127.0.0.1"));
    uri.setPort(m_port);
    uri.setPath(m_request.callbackPath);
    return uri;
}

bool PkceFlow::isListening() const
{
    if (!m_server)
        return false;
    const auto servers = m_server->servers();
    return std::any_of(servers.begin(), servers.end(), [](QTcpServer *server) { return server->isListening(); });
}

void PkceFlow::begin()
{
    m_server = std::make_unique<QHttpServer>();
    auto *listener = new QTcpServer(m_server.get());
    // RFC 8252 §7.3: loopback IP literal, never 0.0.0.0.
    if (!listener->listen(QHostAddress::LocalHost, m_request.port)) {
        fail(makeError(QStringLiteral("listener_failed"),
                       tr("Could not listen on 127.0.0.1:%1 for the login callback: %2. Choose another port "
                          "(or 0 for any free port).")
                           .arg(m_request.port)
                           .arg(listener->errorString())));
        return;
    }
    m_server->bind(listener);
    m_port = listener->serverPort();
    if (!m_request.callbackPath.startsWith(QLatin1Char('/')))
        m_request.callbackPath.prepend(QLatin1Char('/'));
    m_server->route(m_request.callbackPath,
                    [this](const QHttpServerRequest &request) { return handleCallback(request); });

    m_state = randomUrlSafe();
    m_verifier = makeCodeVerifier();
    if (m_request.scope.split(QLatin1Char(' ')).contains(QLatin1String("openid")))
        m_nonce = randomUrlSafe();
    m_timeout.start(m_request.timeout);

    withDiscovery(m_request.issuer, [this](const DiscoveryDocument &document) {
        m_tokenEndpoint = document.tokenEndpoint;
        m_issuerInCallback =
            document.raw.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool();
        QUrlQuery query;
        const auto add = [&query](const char *key, const QString &value) {
            if (!value.isEmpty())
                query.addQueryItem(QLatin1String(key), value);
        };
        add("response_type", QStringLiteral("code"));
        add("client_id", m_request.clientId);
        add("redirect_uri", redirectUri().toString());
        add("scope", m_request.scope);
        add("audience", m_request.audience);
        add("organization", m_request.organization);
        add("connection", m_request.connection);
        add("prompt", m_request.prompt);
        add("login_hint", m_request.loginHint);
        add("state", QString::fromLatin1(m_state));
        add("nonce", QString::fromLatin1(m_nonce));
        add("code_challenge", QString::fromLatin1(codeChallengeS256(m_verifier)));
        add("code_challenge_method", QStringLiteral("S256"));
        m_authorizationUrl = document.authorizationEndpoint.isEmpty()
                                 ? m_request.issuer.resolved(QUrl(QStringLiteral("authorize")))
                                 : document.authorizationEndpoint;
        m_authorizationUrl.setQuery(query);
        emit authorizationUrlReady(m_authorizationUrl);
    });
}

QHttpServerResponse PkceFlow::handleCallback(const QHttpServerRequest &request)
{
    if (m_callbackSeen || isFinished())
        return page(tr("Login already handled"), tr("This login has already been handled. You can close this tab."),
                    QHttpServerResponse::StatusCode::Gone);
    const QHash<QString, QString> parameters =
        parseRedirectParameters(request.url().query(QUrl::FullyEncoded).toUtf8());
    const auto value = [&parameters](const char *key) { return parameters.value(QLatin1String(key)); };
    // Anyone on this machine can reach the loopback listener: a request without this login's state is answered and
    // ignored, and the listener keeps waiting for the real callback (RFC 8252 §8.9), until the login's timeout.
    if (value("state").toLatin1() != m_state)
        return page(tr("Not this login"),
                    tr("This request does not carry the state of the login OrgLens is waiting for, so it was "
                       "ignored. Finish the login in the browser window OrgLens opened."),
                    QHttpServerResponse::StatusCode::BadRequest);
    m_callbackSeen = true;
    m_timeout.stop();
    // One callback only: stop accepting connections right away (the current one still gets its page).
    closeListener();
    emit callbackReceived();

    const auto refuse = [this](const OAuthError &error) {
        fail(error);
        return page(tr("Login failed"),
                    error.description.isEmpty() ? error.error : error.error + QStringLiteral(": ") + error.description,
                    QHttpServerResponse::StatusCode::BadRequest);
    };
    // RFC 9207: a callback naming another issuer is a mix-up attack or a wrong tenant; one without `iss` from a
    // server that promised to send it is refused too (§2.4).
    if (!parameters.contains(QStringLiteral("iss")) && m_issuerInCallback)
        return refuse(makeError(QStringLiteral("issuer_missing"),
                                tr("The callback has no 'iss' parameter, although %1 says it always sends one "
                                   "(RFC 9207): the response may come from another server.")
                                    .arg(m_request.issuer.toString())));
    if (parameters.contains(QStringLiteral("iss")) && QUrl(value("iss")) != m_request.issuer)
        return refuse(makeError(
            QStringLiteral("issuer_mismatch"),
            tr("The callback names the issuer '%1', not '%2'.").arg(value("iss"), m_request.issuer.toString())));
    if (parameters.contains(QStringLiteral("error")))
        return refuse(makeError(value("error"), value("error_description")));
    const QString code = value("code");
    if (code.isEmpty())
        return refuse(
            makeError(QStringLiteral("invalid_response"), tr("The callback has neither a code nor an error.")));

    exchangeCode(code);
    return page(tr("Login complete"), tr("OrgLens received the login. You can close this tab."));
}

void PkceFlow::exchangeCode(const QString &code)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri().toString());
    post(m_tokenEndpoint, form, ClientAuth{m_request.clientId, {}, ClientAuth::Method::Post},
         [this](const HttpResult &http) {
             const auto parsed = parseTokenResponse(http.status, http.body);
             if (!parsed.ok()) {
                 fail(*parsed.error);
                 return;
             }
             if (!m_nonce.isEmpty() && !parsed.value.idToken.isEmpty()) {
                 const auto idToken = jwt::decodeToken(parsed.value.idToken.toString());
                 const QString nonce = idToken ? idToken->payload.value(QLatin1String("nonce")).toString() : QString();
                 if (nonce.toLatin1() != m_nonce) {
                     fail(makeError(QStringLiteral("nonce_mismatch"),
                                    tr("The ID token's nonce does not match this login: the token was not issued "
                                       "for it.")));
                     return;
                 }
             }
             SessionRecord record;
             record.flow = Flow::Pkce;
             record.issuer = m_request.issuer;
             record.clientId = m_request.clientId;
             for (const auto &[key, value] : {std::pair{"audience", m_request.audience},
                                              {"scope", m_request.scope},
                                              {"organization", m_request.organization},
                                              {"connection", m_request.connection},
                                              {"prompt", m_request.prompt},
                                              {"login_hint", m_request.loginHint}}) {
                 if (!value.isEmpty())
                     record.parameters.insert(QLatin1String(key), value);
             }
             record.parameters.insert(QStringLiteral("redirect_uri"), redirectUri().toString());
             succeed(parsed.value, record);
         });
}

void PkceFlow::closeListener()
{
    if (!m_server)
        return;
    for (QTcpServer *server : m_server->servers())
        server->close();
}

void PkceFlow::cleanUp()
{
    m_timeout.stop();
    closeListener();
}

} // namespace orglens::oauth
