#include "oauth/OAuthClient.h"

#include "oauth/DeviceFlow.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

namespace orglens::oauth {

namespace {

void addIfSet(QUrlQuery &form, const char *key, const QString &value)
{
    if (!value.isEmpty())
        form.addQueryItem(QLatin1String(key), value);
}

QJsonObject parametersOf(const QUrlQuery &form)
{
    // Only the non-secret parameters are kept in session records.
    static const QStringList secretKeys{QStringLiteral("client_secret"), QStringLiteral("refresh_token"),
                                        QStringLiteral("subject_token"), QStringLiteral("device_code"),
                                        QStringLiteral("code"),          QStringLiteral("code_verifier"),
                                        QStringLiteral("token")};
    QJsonObject parameters;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!secretKeys.contains(key))
            parameters.insert(key, value);
    }
    return parameters;
}

// The simple one-request operations: refresh, client credentials, token exchange, revocation.
class FormOperation : public TokenOperation {
public:
    enum class Endpoint { Token, Revocation };
    FormOperation(OAuthClient &client, QUrl issuer, Endpoint endpoint, QUrlQuery form, ClientAuth auth,
                  SessionRecord record)
        : TokenOperation(client), m_issuer(std::move(issuer)), m_endpoint(endpoint), m_form(std::move(form)),
          m_auth(std::move(auth)), m_record(std::move(record))
    {
    }

    void start()
    {
        withDiscovery(m_issuer, [this](const DiscoveryDocument &document) {
            QUrl url = document.tokenEndpoint;
            if (m_endpoint == Endpoint::Revocation) {
                // Auth0 publishes revocation_endpoint; fall back to its well-known path.
                url = document.revocationEndpoint.isEmpty() ? m_issuer.resolved(QUrl(QStringLiteral("oauth/revoke")))
                                                            : document.revocationEndpoint;
            }
            post(url, m_form, m_auth, [this](const HttpResult &http) { handle(http); });
        });
    }

protected:
    virtual void handle(const HttpResult &http)
    {
        if (m_endpoint == Endpoint::Revocation) {
            if (http.status >= 200 && http.status < 300)
                finishWith({FlowStatus::Succeeded, {}, {}, {}, false});
            else
                fail(parseErrorResponse(http.status, http.body));
            return;
        }
        const auto parsed = parseTokenResponse(http.status, http.body);
        if (!parsed.ok())
            fail(*parsed.error);
        else
            succeed(parsed.value, m_record);
    }

    QUrl m_issuer;
    Endpoint m_endpoint;
    QUrlQuery m_form;
    ClientAuth m_auth;
    SessionRecord m_record;
};

SessionRecord recordFor(Flow flow, const QUrl &issuer, const QString &clientId, const QUrlQuery &form,
                        const QString &parentId = {})
{
    SessionRecord record;
    record.flow = flow;
    record.issuer = issuer;
    record.clientId = clientId;
    record.parameters = parametersOf(form);
    record.parentId = parentId;
    return record;
}

} // namespace

// Client credentials with a token cache.
class ClientCredentialsOperation : public FormOperation {
public:
    ClientCredentialsOperation(OAuthClient &client, const ClientCredentialsRequest &request, QUrlQuery form)
        : FormOperation(client, request.issuer, Endpoint::Token, form, request.client,
                        recordFor(Flow::ClientCredentials, request.issuer, request.client.clientId, form)),
          m_cacheKey(QStringList{request.issuer.toString(), request.client.clientId, request.audience, request.scope,
                                 request.organization}
                         .join(QLatin1Char('\n')))
    {
    }

    void startOrAnswerFromCache()
    {
        const auto cached = client().m_clientCredentialsCache.constFind(m_cacheKey);
        // Reuse until shortly before expiry so that a token never expires in the middle of a request.
        if (cached != client().m_clientCredentialsCache.constEnd() &&
            client().clock().now().secsTo(cached->expiresAt) > 60) {
            finishWith({FlowStatus::Succeeded, {}, cached->response, cached->sessionId, true});
            return;
        }
        start();
    }

protected:
    void handle(const HttpResult &http) override
    {
        FormOperation::handle(http);
        if (result().ok() && result().response.expiresIn > 0)
            client().m_clientCredentialsCache.insert(
                m_cacheKey,
                {result().response, client().clock().now().addSecs(result().response.expiresIn), result().sessionId});
    }

private:
    QString m_cacheKey;
};

OAuthClient::OAuthClient(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    Q_ASSERT(network);
}

OAuthClient::~OAuthClient() = default;

DeviceFlow *OAuthClient::startDeviceFlow(const DeviceFlowRequest &request)
{
    auto *flow = new DeviceFlow(*this, request);
    flow->start();
    return flow;
}

RefreshRequest refreshRequestFor(const SessionRecord &record)
{
    return {record.issuer, {record.clientId, {}, ClientAuth::Method::Post}, record.tokens.refreshToken, {}, record.id};
}

TokenOperation *OAuthClient::refresh(const RefreshRequest &request)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), request.refreshToken.toString());
    addIfSet(form, "scope", request.scope);
    auto *operation = new FormOperation(
        *this, request.issuer, FormOperation::Endpoint::Token, form, request.client,
        recordFor(Flow::Refresh, request.issuer, request.client.clientId, form, request.parentSessionId));
    operation->start();
    return operation;
}

TokenOperation *OAuthClient::clientCredentials(const ClientCredentialsRequest &request)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    addIfSet(form, "audience", request.audience);
    addIfSet(form, "scope", request.scope);
    addIfSet(form, "organization", request.organization);
    auto *operation = new ClientCredentialsOperation(*this, request, form);
    operation->startOrAnswerFromCache();
    return operation;
}

TokenOperation *OAuthClient::exchangeToken(const TokenExchangeRequest &request)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange"));
    form.addQueryItem(QStringLiteral("subject_token"), request.subjectToken.toString());
    form.addQueryItem(QStringLiteral("subject_token_type"), request.subjectTokenType);
    addIfSet(form, "audience", request.audience);
    addIfSet(form, "scope", request.scope);
    addIfSet(form, "organization", request.organization);
    auto *operation = new FormOperation(
        *this, request.issuer, FormOperation::Endpoint::Token, form, request.client,
        recordFor(Flow::Exchange, request.issuer, request.client.clientId, form, request.parentSessionId));
    operation->start();
    return operation;
}

TokenOperation *OAuthClient::revoke(const RevokeRequest &request)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), request.refreshToken.toString());
    auto *operation =
        new FormOperation(*this, request.issuer, FormOperation::Endpoint::Revocation, form, request.client, {});
    operation->start();
    return operation;
}

void OAuthClient::discover(const QUrl &issuer, QObject *context, DiscoveryCallback done)
{
    Q_ASSERT(context);
    const auto cached = m_discovery.constFind(issuer);
    if (cached != m_discovery.constEnd()) {
        QTimer::singleShot(0, context, [document = *cached, done = std::move(done)] {
            done(Parsed<DiscoveryDocument>{document, std::nullopt});
        });
        return;
    }
    auto &waiters = m_discoveryWaiters[issuer];
    waiters.append({QPointer<QObject>(context), std::move(done)});
    if (waiters.size() > 1)
        return; // a fetch is already under way
    const QUrl url = issuer.resolved(QUrl(QStringLiteral(".well-known/openid-configuration")));
    m_discoveryReplies[issuer] = get(url, this, [this, issuer](const HttpResult &http) {
        m_discoveryReplies.remove(issuer);
        Parsed<DiscoveryDocument> document;
        if (http.transportError) {
            document.error = *http.transportError;
            document.error->description = tr("Could not fetch the discovery document of %1: %2")
                                              .arg(issuer.toString(), document.error->description);
        } else {
            document = parseDiscovery(http.status, http.body, issuer);
        }
        if (document.ok())
            m_discovery.insert(issuer, document.value);
        const auto waiters = m_discoveryWaiters.take(issuer);
        for (const auto &[context, callback] : waiters) {
            if (context)
                callback(document);
        }
    });
}

void OAuthClient::abandonDiscovery(const QUrl &issuer, QObject *context)
{
    const auto waiters = m_discoveryWaiters.find(issuer);
    if (waiters == m_discoveryWaiters.end())
        return;
    waiters->removeIf([context](const auto &waiter) { return !waiter.first || waiter.first == context; });
    if (!waiters->isEmpty())
        return;
    m_discoveryWaiters.erase(waiters);
    if (QNetworkReply *reply = m_discoveryReplies.take(issuer))
        reply->abort(); // its handler finds no waiter and caches nothing
}

QNetworkReply *OAuthClient::postForm(const QUrl &url, QUrlQuery form, const ClientAuth &auth, QObject *context,
                                     std::function<void(const HttpResult &)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(m_transferTimeout.count()));
    if (auth.method == ClientAuth::Method::Basic && !auth.clientSecret.isEmpty()) {
        // RFC 6749 §2.3.1: both parts form-urlencoded before base64.
        const QByteArray credentials =
            QUrl::toPercentEncoding(auth.clientId) + ':' + QUrl::toPercentEncoding(auth.clientSecret.toString());
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + credentials.toBase64());
    } else {
        form.addQueryItem(QStringLiteral("client_id"), auth.clientId);
        if (!auth.clientSecret.isEmpty())
            form.addQueryItem(QStringLiteral("client_secret"), auth.clientSecret.toString());
    }
    // QUrlQuery leaves '+' alone, which a form decoder reads as a space: encode it.
    QByteArray body = form.toString(QUrl::FullyEncoded).toUtf8();
    body.replace('+', "%2B");
    return send(m_network->post(request, body), ReplyLimits::tokenResponse(), context, std::move(done));
}

QNetworkReply *OAuthClient::get(const QUrl &url, QObject *context, std::function<void(const HttpResult &)> done)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(int(m_transferTimeout.count()));
    return send(m_network->get(request), ReplyLimits::discovery(), context, std::move(done));
}

QNetworkReply *OAuthClient::send(QNetworkReply *reply, ReplyLimits limits, QObject *context,
                                 std::function<void(const HttpResult &)> done)
{
    if (m_deadline.count() > 0)
        limits.deadline = m_deadline;
    enforceLimits(reply, limits);
    const QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, context, [reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard)
            return; // aborted because the context is being destroyed (still connected while it emits destroyed())
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed once aborted
        if (abortReason(reply) != ReplyAbort::None) {                    // the status may be 200 with a cut body
            result.status = 0;
            result.body.clear();
            result.transportError =
                makeError(abortReason(reply) == ReplyAbort::TooLarge ? QStringLiteral("response_too_large")
                                                                     : QStringLiteral("timeout"),
                          limitErrorMessage(reply));
        } else if (result.status == 0) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError;
            result.transportError =
                makeError(timedOut ? QStringLiteral("timeout") : QStringLiteral("network_error"),
                          timedOut ? tr("%1 did not answer in time.").arg(reply->url().toString())
                                   : tr("%1: %2").arg(reply->url().toString(), reply->errorString()));
            if (reply->error() == QNetworkReply::SslHandshakeFailedError)
                result.transportError->hint =
                    tr("the server's TLS certificate is not trusted by this system, and OrgLens never ignores "
                       "certificate errors. Check the domain; behind a TLS-inspecting proxy, install its CA "
                       "certificate in the system store.");
        }
        done(result);
    });
    // If the context goes away first, nobody reads the reply: abort it (the context's destruction is how callers
    // cancel) and still free it.
    connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    return reply;
}

} // namespace orglens::oauth
