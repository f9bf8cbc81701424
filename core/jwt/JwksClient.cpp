#include "JwksClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace orglens::jwt {

namespace {

Error error(const char *code, const QString &message)
{
    return Error{QString::fromLatin1(code), message};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &url) { return url.scheme() == QLatin1String("https") ? 443 : 80; };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(a)) == b.port(defaultPort(b));
}

QString networkProblem(QNetworkReply::NetworkError code, const QString &fallback, std::chrono::milliseconds timeout)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return JwksClient::tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return JwksClient::tr("host not found (check the domain name)");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what a transfer timeout reports
        return JwksClient::tr("no answer within %1 s (timed out)").arg(double(timeout.count()) / 1000.0);
    case QNetworkReply::RemoteHostClosedError:
        return JwksClient::tr("the server closed the connection");
    case QNetworkReply::SslHandshakeFailedError:
        return JwksClient::tr("TLS handshake failed (%1)").arg(fallback);
    default:
        return fallback;
    }
}

} // namespace

JwksClient::JwksClient(QNetworkAccessManager *network, const Clock &clock, QObject *parent)
    : QObject(parent), m_network(network), m_clock(clock)
{
    qRegisterMetaType<JwksFetchResult>();
}

void JwksClient::setTransferTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

void JwksClient::setCacheLifetime(std::chrono::seconds lifetime)
{
    m_cacheLifetime = lifetime;
}

Result<QUrl> JwksClient::checkIssuer(const QUrl &issuer)
{
    const QString shown = issuer.toDisplayString();
    if (!issuer.isValid() || issuer.isRelative() || issuer.host().isEmpty()) {
        return error(JwksClientError::Issuer,
                     tr("'%1' is not an issuer URL; expected something like https://tenant.eu.auth0.com/.").arg(shown));
    }
    if (issuer.hasQuery() || issuer.hasFragment() || !issuer.userInfo().isEmpty()) {
        return error(JwksClientError::Issuer,
                     tr("The issuer URL '%1' must not contain a query, a fragment or credentials.").arg(shown));
    }
    const QString scheme = issuer.scheme().toLower();
    if (scheme == QLatin1String("http") && !isLoopbackHost(issuer.host())) {
        return error(JwksClientError::Issuer,
                     tr("Refusing to fetch keys over plain http from '%1': anyone on the network could replace them. "
                        "Use https (http is allowed only for 127.0.0.1, ::1 and localhost).")
                         .arg(shown));
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return error(JwksClientError::Issuer, tr("The issuer URL '%1' must start with https://.").arg(shown));
    }
    QUrl normalised = issuer;
    if (!normalised.path().endsWith(QLatin1Char('/')))
        normalised.setPath(normalised.path() + QLatin1Char('/'));
    return normalised;
}

std::optional<JwkSet> JwksClient::cachedKeys(const QUrl &issuer) const
{
    const auto checked = checkIssuer(issuer);
    if (!checked)
        return std::nullopt;
    const auto it = m_entries.constFind(checked->toString());
    return it == m_entries.cend() ? std::nullopt : it->keys;
}

void JwksClient::fetchKeys(const QUrl &issuer)
{
    request(issuer, {});
}

void JwksClient::fetchKeysForKid(const QUrl &issuer, const QString &kid)
{
    request(issuer, kid);
}

void JwksClient::request(const QUrl &issuer, const QString &kid)
{
    const auto checked = checkIssuer(issuer);
    if (!checked) {
        emitLater(JwksFetchResult{issuer, checked.error(), {}, {}, false});
        return;
    }
    const QUrl normalised = checked.value();
    Entry &entry = m_entries[normalised.toString()];
    if (entry.inFlight)
        return; // keysReady follows when the running fetch ends
    const QDateTime now = m_clock.now();
    const bool fresh = entry.keys && entry.fetchedAt.secsTo(now) < m_cacheLifetime.count();
    if (fresh && (kid.isEmpty() || entry.keys->containsKid(kid))) {
        emitLater(JwksFetchResult{normalised, *entry.keys, entry.source, {}, true});
        return;
    }
    if (fresh) {
        // An unknown kid may mean the issuer rotated its keys: refetch, but at most once a minute.
        const qint64 sinceRefresh =
            entry.lastKidRefresh.isValid() ? entry.lastKidRefresh.secsTo(now) : MinimumRefreshInterval.count();
        if (sinceRefresh < MinimumRefreshInterval.count()) {
            JwksFetchResult result{normalised, *entry.keys, entry.source, {}, true};
            result.notes << tr("kid %1 is not in the JWKS; it was fetched again %2 s ago and is fetched at most once "
                               "a minute for an unknown kid, so try again in %3 s.")
                                .arg(kid)
                                .arg(sinceRefresh)
                                .arg(MinimumRefreshInterval.count() - sinceRefresh);
            emitLater(std::move(result));
            return;
        }
        entry.lastKidRefresh = now;
    }
    startFetch(normalised);
}

void JwksClient::startFetch(const QUrl &issuer)
{
    Entry &entry = m_entries[issuer.toString()];
    entry.inFlight = true;
    const QUrl discovery = issuer.resolved(QUrl(QStringLiteral(".well-known/openid-configuration")));
    get(issuer, discovery, ReplyLimits::discovery(),
        [this, issuer](const Response &response) { onDiscovery(issuer, response); });
}

void JwksClient::onDiscovery(const QUrl &issuer, const Response &response)
{
    const QUrl discovery = issuer.resolved(QUrl(QStringLiteral(".well-known/openid-configuration")));
    const QUrl fallback = issuer.resolved(QUrl(QStringLiteral(".well-known/jwks.json")));
    if (!response.reached) {
        finish(JwksFetchResult{issuer, response.error, {}, {}, false});
        return;
    }
    // The server answered but discovery is unusable: many issuers still serve the conventional path.
    const auto useFallback = [&](const QString &why) {
        fetchJwks(issuer, fallback,
                  {tr("OpenID discovery at %1 failed (%2); used %3.")
                       .arg(discovery.toDisplayString(), why, fallback.toDisplayString())});
    };
    if (!response.error.code.isEmpty())
        return useFallback(response.error.message);
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    const QJsonValue jwksUri = document.object().value(QLatin1String("jwks_uri"));
    if (!jwksUri.isString())
        return useFallback(tr("no 'jwks_uri' string in the document"));
    const QUrl jwksUrl = discovery.resolved(QUrl(jwksUri.toString()));
    if (!jwksUrl.isValid() || !sameOrigin(jwksUrl, issuer)) {
        finish(JwksFetchResult{
            issuer,
            error(JwksClientError::Discovery,
                  tr("The discovery document at %1 names jwks_uri '%2', which is not on the issuer's own origin "
                     "(%3://%4). OrgLens only fetches keys from the configured issuer; check the issuer URL, or "
                     "pass the keys with --jwks FILE.")
                      .arg(discovery.toDisplayString(), jwksUri.toString(), issuer.scheme(), issuer.authority())),
            {},
            {},
            false});
        return;
    }
    fetchJwks(issuer, jwksUrl, {});
}

void JwksClient::fetchJwks(const QUrl &issuer, const QUrl &jwksUrl, const QStringList &notes)
{
    get(issuer, jwksUrl, ReplyLimits::jwks(), [this, issuer, jwksUrl, notes](const Response &response) {
        JwksFetchResult result{issuer, response.error, jwksUrl, notes, false};
        if (response.error.code.isEmpty()) {
            auto keys = parseJwks(response.body);
            if (keys) {
                result.keys = std::move(keys);
            } else {
                result.keys =
                    Error{keys.error().code,
                          tr("The JWKS at %1 is unusable: %2").arg(jwksUrl.toDisplayString(), keys.error().message)};
            }
        }
        finish(std::move(result));
    });
}

void JwksClient::finish(JwksFetchResult result)
{
    Entry &entry = m_entries[result.issuer.toString()];
    entry.inFlight = false;
    entry.cancelled = false;
    entry.reply.clear();
    if (result.ok()) {
        entry.keys = result.keys.value();
        entry.source = result.source;
        entry.fetchedAt = m_clock.now();
    }
    emit keysReady(result.issuer, result);
}

void JwksClient::emitLater(JwksFetchResult result)
{
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)] { emit keysReady(result.issuer, result); }, Qt::QueuedConnection);
}

bool JwksClient::cancel(const QUrl &issuer)
{
    const auto checked = checkIssuer(issuer);
    if (!checked)
        return false;
    const auto it = m_entries.find(checked->toString());
    if (it == m_entries.end() || !it->inFlight || !it->reply)
        return false;
    it->cancelled = true;
    it->reply->abort(); // finished() follows at once; the handler reports the cancellation
    return true;
}

void JwksClient::get(const QUrl &issuer, const QUrl &url, ReplyLimits limits,
                     std::function<void(const Response &)> handler)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    // Redirects to other hosts would let the server send us keys from anywhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = m_network->get(request);
    m_entries[issuer.toString()].reply = reply;
    limits.deadline = m_deadline;
    enforceLimits(reply, limits);
    connect(reply, &QNetworkReply::finished, this, [this, issuer, reply, url, handler = std::move(handler)] {
        reply->deleteLater();
        Response response;
        const QString shown = url.toDisplayString();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.reached = response.status != 0;
        if (m_entries.value(issuer.toString()).cancelled) {
            response.reached = false; // the fetch ends here, whatever came back
            response.error =
                error(JwksClientError::Cancelled, tr("fetching the keys from %1 was cancelled").arg(shown));
        } else if (abortReason(reply) != ReplyAbort::None) {
            response.error =
                error(abortReason(reply) == ReplyAbort::TooLarge ? JwksClientError::Http : JwksClientError::Network,
                      limitErrorMessage(reply));
        } else if (!response.reached) {
            response.error = error(JwksClientError::Network,
                                   tr("could not reach %1: %2")
                                       .arg(shown, networkProblem(reply->error(), reply->errorString(), m_timeout)));
        } else if (response.status != 200) {
            response.error = error(JwksClientError::Http,
                                   tr("%1 answered HTTP %2 %3")
                                       .arg(shown)
                                       .arg(response.status)
                                       .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        } else {
            response.body = reply->readAll();
        }
        handler(response);
    });
}

Result<JwkSet> loadJwksFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return error(JwksError::File,
                     JwksClient::tr("Cannot read the JWKS file '%1': %2").arg(path, file.errorString()));
    }
    if (file.size() > ReplyLimits::jwks().maxBytes) { // the same limit as a JWKS fetched from a tenant
        return error(
            JwksError::File,
            JwksClient::tr("The JWKS file '%1' is %2 bytes; a key set is a few KB.").arg(path).arg(file.size()));
    }
    auto keys = parseJwks(file.readAll());
    if (!keys)
        return Error{keys.error().code, JwksClient::tr("JWKS file '%1': %2").arg(path, keys.error().message)};
    return keys;
}

} // namespace orglens::jwt
