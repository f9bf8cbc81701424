#include "ManagementClient.h"

#include "oauth/OAuthClient.h"
#include "oauth/TokenOperation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

namespace orglens::management {

namespace {

bool isRetryable(int status)
{
    return status == 0 || status == 408 || status >= 500;
}

ApiError pagingError(const QString &path, const QString &why)
{
    return transportError(QStringLiteral("endless_paging"),
                          QCoreApplication::translate("orglens::management::ManagementClient",
                                                      "reading the list %1 stopped: %2. The server's paging does not "
                                                      "end as Auth0's does; nothing was changed.")
                              .arg(path, why));
}

} // namespace

struct ManagementClient::Pending {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QPointer<QObject> context;
    Callback done;
    int attempts = 0;
    QDateTime firstAttempt;
    QDateTime notBefore;
    bool renewedToken = false;
};

ManagementClient::ManagementClient(QNetworkAccessManager *network, oauth::OAuthClient *oauth, ManagementConfig config,
                                   QObject *parent)
    : QObject(parent), m_network(network), m_oauth(oauth), m_config(std::move(config))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ManagementClient::pump);
}

ManagementClient::~ManagementClient() = default;

void ManagementClient::setClock(const Clock &clock)
{
    m_clock = &clock;
    m_pacer.setClock(clock);
}

QString ManagementClient::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

void ManagementClient::getUser(const QString &userId, QObject *context, Callback done)
{
    request("GET", QStringLiteral("users/") + encodeSegment(userId), {}, {}, context, std::move(done));
}

void ManagementClient::searchUsers(const QString &query, int page, int perPage, QObject *context, Callback done)
{
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(query)));
    items.addQueryItem(QStringLiteral("search_engine"), QStringLiteral("v3"));
    items.addQueryItem(QStringLiteral("page"), QString::number(page));
    items.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    items.addQueryItem(QStringLiteral("include_totals"), QStringLiteral("true"));
    request("GET", QStringLiteral("users"), items, {}, context, std::move(done));
}

void ManagementClient::usersByEmail(const QString &email, QObject *context, Callback done)
{
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("email"), QString::fromLatin1(QUrl::toPercentEncoding(email)));
    request("GET", QStringLiteral("users-by-email"), items, {}, context, std::move(done));
}

void ManagementClient::userOrganizations(const QString &userId, QObject *context, ListCallback done)
{
    fetchAll(QStringLiteral("users/%1/organizations").arg(encodeSegment(userId)), {}, QStringLiteral("organizations"),
             Paging::Offset, context, std::move(done));
}

void ManagementClient::patchAppMetadata(const QString &userId, const QJsonObject &changes, QObject *context,
                                        Callback done)
{
    request("PATCH", QStringLiteral("users/") + encodeSegment(userId), {},
            QJsonObject{{QStringLiteral("app_metadata"), changes}}, context, std::move(done));
}

void ManagementClient::listOrganizations(QObject *context, ListCallback done)
{
    fetchAll(QStringLiteral("organizations"), {}, QStringLiteral("organizations"), Paging::Checkpoint, context,
             std::move(done));
}

void ManagementClient::getOrganization(const QString &idOrName, QObject *context, Callback done)
{
    const bool looksLikeId = idOrName.startsWith(QLatin1String("org_"));
    const QString byId = QStringLiteral("organizations/") + encodeSegment(idOrName);
    const QString byName = QStringLiteral("organizations/name/") + encodeSegment(idOrName);
    const QString first = looksLikeId ? byId : byName;
    const QString second = looksLikeId ? byName : byId;
    QPointer<QObject> guard(context);
    request("GET", first, {}, {}, context, [this, second, guard, done = std::move(done)](const ApiResult &result) {
        if (result.statusCode != 404) {
            done(result);
            return;
        }
        request("GET", second, {}, {}, guard.data(),
                [done, result](const ApiResult &other) { done(other.statusCode == 404 ? result : other); });
    });
}

void ManagementClient::organizationMembers(const QString &orgId, QObject *context, ListCallback done)
{
    fetchAll(QStringLiteral("organizations/%1/members").arg(encodeSegment(orgId)), {}, QStringLiteral("members"),
             Paging::Checkpoint, context, std::move(done));
}

void ManagementClient::organizationMembersFirstPage(const QString &orgId, QObject *context, Callback done)
{
    QUrlQuery items;
    items.addQueryItem(QStringLiteral("page"), QStringLiteral("0"));
    items.addQueryItem(QStringLiteral("per_page"), QString::number(PageSize));
    items.addQueryItem(QStringLiteral("include_totals"), QStringLiteral("true"));
    request("GET", QStringLiteral("organizations/%1/members").arg(encodeSegment(orgId)), items, {}, context,
            std::move(done));
}

void ManagementClient::getClient(const QString &clientId, QObject *context, Callback done)
{
    request("GET", QStringLiteral("clients/") + encodeSegment(clientId), {}, {}, context, std::move(done));
}

void ManagementClient::clientGrants(const QString &clientId, const QString &audience, QObject *context,
                                    ListCallback done)
{
    QUrlQuery items;
    // Encoded like the other query values so that '+', '&' or '#' in an audience survive.
    if (!clientId.isEmpty())
        items.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    if (!audience.isEmpty())
        items.addQueryItem(QStringLiteral("audience"), QString::fromLatin1(QUrl::toPercentEncoding(audience)));
    fetchAll(QStringLiteral("client-grants"), items, QStringLiteral("client_grants"), Paging::Offset, context,
             std::move(done));
}

void ManagementClient::fetchAll(const QString &path, QUrlQuery query, const QString &key, Paging paging,
                                QObject *context, ListCallback done)
{
    struct State {
        ListResult result;
        int page = 0;
        QSet<QString> cursors;
        QByteArray previousPage;
    };
    auto state = std::make_shared<State>();
    auto next = std::make_shared<std::function<void(const QString &)>>();
    QPointer<QObject> guard(context);
    // The function holds itself only weakly; the request in flight holds it strongly. So when a request is dropped
    // (its context destroyed) the whole chain is freed instead of leaking through a self-reference.
    const std::weak_ptr<std::function<void(const QString &)>> weakNext = next;
    *next = [=, this](const QString &cursor) {
        const auto self = weakNext.lock();
        QUrlQuery items = query;
        if (paging == Paging::Checkpoint) {
            items.addQueryItem(QStringLiteral("take"), QString::number(PageSize));
            if (!cursor.isEmpty())
                items.addQueryItem(QStringLiteral("from"), cursor);
        } else {
            items.addQueryItem(QStringLiteral("page"), QString::number(state->page));
            items.addQueryItem(QStringLiteral("per_page"), QString::number(PageSize));
            items.addQueryItem(QStringLiteral("include_totals"), QStringLiteral("true"));
        }
        request("GET", path, items, {}, guard.data(), [=, this](const ApiResult &page) {
            ++state->result.requests;
            if (!page.ok()) {
                state->result.error = page.error;
                done(state->result);
                return;
            }
            const QJsonObject object = page.object();
            const QJsonArray items = page.body.isArray() ? page.array() : object.value(key).toArray();
            // A server that repeats a page or a cursor would make the loop endless: stop and say so.
            const QByteArray fingerprint = QCryptographicHash::hash(QJsonDocument(items).toJson(QJsonDocument::Compact),
                                                                    QCryptographicHash::Sha256);
            if (!items.isEmpty() && fingerprint == state->previousPage) {
                state->result.error =
                    pagingError(path, tr("page %1 repeats the previous page").arg(state->result.requests));
                done(state->result);
                return;
            }
            state->previousPage = fingerprint;
            if (state->result.requests >= m_config.maxPages) {
                state->result.error = pagingError(path, tr("the list is longer than %1 pages").arg(m_config.maxPages));
                done(state->result);
                return;
            }
            for (const QJsonValue &item : items)
                state->result.items.append(item);
            bool more = false;
            QString nextCursor;
            if (paging == Paging::Checkpoint) {
                nextCursor = object.value(QLatin1String("next")).toString();
                more = !nextCursor.isEmpty() && !items.isEmpty();
                if (more && state->cursors.contains(nextCursor)) {
                    state->result.error =
                        pagingError(path, tr("the API sent the cursor \"%1\" a second time").arg(nextCursor.left(40)));
                    done(state->result);
                    return;
                }
                state->cursors.insert(nextCursor);
            } else {
                ++state->page;
                const int total = object.value(QLatin1String("total")).toInt(-1);
                more = !items.isEmpty() && total >= 0 && state->result.items.size() < total;
            }
            if (more) {
                (*self)(nextCursor);
                return;
            }
            done(state->result);
        });
    };
    (*next)(QString());
}

void ManagementClient::request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                               const QJsonValue &body, QObject *context, Callback done)
{
    auto pending = std::make_shared<Pending>();
    pending->method = method;
    pending->path = path;
    pending->query = query;
    if (!body.isUndefined() && !body.isNull())
        pending->body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    pending->context = context;
    pending->done = std::move(done);
    pending->firstAttempt = m_clock->now();
    enqueue(std::move(pending));
}

void ManagementClient::enqueue(std::shared_ptr<Pending> pending)
{
    m_queue.append(std::move(pending));
    schedule(0); // from the event loop: callbacks never run inside the call that queued the request
}

void ManagementClient::schedule(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    if (m_timer.isActive() && m_timer.remainingTime() <= ms)
        return;
    m_timer.start(int(std::min<qint64>(ms, 60'000)));
}

void ManagementClient::pump()
{
    // Requests whose context is gone were cancelled: nobody waits for them any more.
    m_queue.removeIf([](const std::shared_ptr<Pending> &each) { return !each->context; });
    if (m_queue.isEmpty())
        return;
    if (m_token.isEmpty()) {
        fetchToken();
        return;
    }
    const QDateTime now = m_clock->now();
    while (m_inFlight < std::max(1, m_config.maxConcurrency)) {
        auto ready = std::find_if(m_queue.begin(), m_queue.end(), [&now](const std::shared_ptr<Pending> &each) {
            return !each->notBefore.isValid() || each->notBefore <= now;
        });
        if (ready == m_queue.end()) {
            qint64 soonest = 60'000;
            for (const auto &each : std::as_const(m_queue))
                soonest = std::min(soonest, now.msecsTo(each->notBefore));
            schedule(soonest);
            return;
        }
        const qint64 wait = m_pacer.msUntilNextSend();
        if (wait > 0) {
            schedule(wait);
            return;
        }
        std::shared_ptr<Pending> pending = *ready;
        m_queue.erase(ready);
        send(pending);
    }
}

oauth::ClientCredentialsRequest ManagementClient::tokenRequest() const
{
    oauth::ClientCredentialsRequest request;
    request.issuer = m_config.issuer;
    request.client = {m_config.clientId, m_config.clientSecret, oauth::ClientAuth::Method::Post};
    request.audience = m_config.issuer.resolved(QUrl(QStringLiteral("api/v2/"))).toString();
    return request;
}

void ManagementClient::grantedScopes(QObject *context, std::function<void(const Result<QStringList> &)> done)
{
    // The OAuth client caches the token: this asks the tenant only when no request got one yet.
    oauth::TokenOperation *operation = m_oauth->clientCredentials(tokenRequest());
    const auto handle = [operation, done = std::move(done)] {
        operation->deleteLater();
        const oauth::TokenResult result = operation->result();
        if (!result.ok())
            return done(Error{QStringLiteral("token_error"),
                              tr("could not get a Management API token: %1").arg(result.error.text())});
        done(result.response.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    };
    if (operation->isFinished())
        QTimer::singleShot(0, context, handle);
    else
        connect(operation, &oauth::TokenOperation::finished, context, handle);
}

void ManagementClient::fetchToken()
{
    if (m_fetchingToken)
        return;
    m_fetchingToken = true;
    oauth::TokenOperation *operation = m_oauth->clientCredentials(tokenRequest());
    const auto handle = [this, operation](const oauth::TokenResult &result) {
        operation->deleteLater();
        m_fetchingToken = false;
        if (!result.ok()) {
            const ApiError error = transportError(QStringLiteral("token_error"),
                                                  tr("could not get a Management API token for client %1: %2")
                                                      .arg(m_config.clientId, result.error.text()));
            const auto failed = std::exchange(m_queue, {});
            for (const auto &each : failed)
                finish(each, {0, {}, error, each->attempts});
            return;
        }
        m_token = result.response.accessToken;
        pump();
    };
    if (operation->isFinished()) {
        QTimer::singleShot(0, this, [handle, operation] { handle(operation->result()); });
        return;
    }
    connect(operation, &oauth::TokenOperation::finished, this, handle);
}

void ManagementClient::send(const std::shared_ptr<Pending> &pending)
{
    QUrl url = m_config.issuer.resolved(QUrl(QStringLiteral("api/v2/") + pending->path, QUrl::TolerantMode));
    if (!pending->query.isEmpty())
        url.setQuery(pending->query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    QNetworkRequest networkRequest(url);
    networkRequest.setTransferTimeout(int(m_config.transferTimeout.count()));
    networkRequest.setRawHeader("Authorization", "Bearer " + m_token.bytes());
    networkRequest.setRawHeader("Accept", "application/json");
    if (!pending->body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    ++pending->attempts;
    ++m_inFlight;
    ++m_requestsSent;
    const QDateTime sentAt = m_pacer.requestSent();
    emit requestStarted(pending->method, pending->path, sentAt);
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, pending->method, pending->body);
    enforceLimits(reply, m_config.replyLimits);
    connect(reply, &QNetworkReply::finished, this,
            [this, pending, reply, sentAt] { handleReply(pending, reply, sentAt); });
    // Destroying the context cancels: the request is aborted at once (handleReply then drops it).
    if (pending->context)
        connect(pending->context.data(), &QObject::destroyed, reply, &QNetworkReply::abort);
}

void ManagementClient::handleReply(const std::shared_ptr<Pending> &pending, QNetworkReply *reply,
                                   const QDateTime &sentAt)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const RateLimitInfo info =
        RateLimitInfo::fromHeaders(reply->rawHeader("x-ratelimit-limit"), reply->rawHeader("x-ratelimit-remaining"),
                                   reply->rawHeader("x-ratelimit-reset"));
    m_pacer.responseReceived(sentAt, info, status == 429);
    const QDateTime now = m_clock->now();

    if (!pending->context) { // cancelled: neither retried nor answered
        pump();
        return;
    }
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed once aborted
    if (abortReason(reply) == ReplyAbort::TooLarge) { // the same request would bring the same flood: not retried
        finish(
            pending,
            {0, {}, transportError(QStringLiteral("response_too_large"), limitErrorMessage(reply)), pending->attempts});
    } else if (status == 0 || abortReason(reply) == ReplyAbort::Deadline) { // a deadline may cut a 200's body
        QString why = limitErrorMessage(reply);
        if (why.isEmpty())
            why = reply->error() == QNetworkReply::OperationCanceledError
                      ? tr("no answer within %1 s").arg(m_config.transferTimeout.count() / 1000.0)
                      : reply->errorString();
        retryLater(pending,
                   now.addMSecs(
                       m_config.retry.backoff(pending->attempts, QRandomGenerator::global()->generateDouble()).count()),
                   transportError(QStringLiteral("network_error"), why));
    } else if (status == 429 && info.isValid()) {
        // Wait for the reset the API named (never earlier), plus a little jitter so concurrent clients spread out.
        const QDateTime reset = QDateTime::fromSecsSinceEpoch(info.resetEpochSeconds, Qt::UTC);
        const QDateTime notBefore = reset.addMSecs(QRandomGenerator::global()->bounded(100));
        --pending->attempts; // waiting for the limit is not a failed attempt; giveUpAfter bounds it
        retryLater(pending, notBefore, parseApiError(status, body));
    } else if (status == 429) {
        // No usable x-ratelimit-reset: back off exponentially like any failed attempt, and count it.
        retryLater(pending,
                   now.addMSecs(
                       m_config.retry.backoff(pending->attempts, QRandomGenerator::global()->generateDouble()).count()),
                   parseApiError(status, body));
    } else if (isRetryable(status)) {
        retryLater(pending,
                   now.addMSecs(
                       m_config.retry.backoff(pending->attempts, QRandomGenerator::global()->generateDouble()).count()),
                   parseApiError(status, body));
    } else if (status == 401 && !pending->renewedToken) {
        // Any 401 is worth one fresh token: an expired one is renewed without reading the message text (Auth0 gives
        // it no error code); a 401 that a fresh token does not cure (bad audience, revoked grant) comes back and is
        // reported then.
        pending->renewedToken = true;
        --pending->attempts;
        m_token = Secret();
        m_oauth->clearClientCredentialsCache();
        m_queue.prepend(pending);
    } else if (status >= 400) {
        finish(pending, {status, {}, parseApiError(status, body), pending->attempts});
    } else {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!body.trimmed().isEmpty() && document.isNull()) {
            finish(pending, {status,
                             {},
                             transportError(QStringLiteral("invalid_response"),
                                            tr("the API answered with invalid JSON: %1").arg(parseError.errorString())),
                             pending->attempts});
        } else {
            finish(pending, {status, document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()),
                             std::nullopt, pending->attempts});
        }
    }
    pump();
}

void ManagementClient::retryLater(const std::shared_ptr<Pending> &pending, const QDateTime &notBefore,
                                  const ApiError &why)
{
    const QDateTime deadline = pending->firstAttempt.addMSecs(m_config.retry.giveUpAfter.count());
    // A 429 with a usable reset does not count as an attempt (its caller took it back); giveUpAfter bounds those.
    const bool tooMany = pending->attempts >= m_config.retry.maxAttempts;
    if (tooMany || notBefore > deadline) {
        ApiError error = why;
        error.message = tr("%1 (gave up after %2 attempts in %3 s)")
                            .arg(why.message)
                            .arg(pending->attempts)
                            .arg(pending->firstAttempt.msecsTo(m_clock->now()) / 1000.0, 0, 'f', 1);
        finish(pending, {why.statusCode, {}, error, pending->attempts});
        return;
    }
    pending->notBefore = notBefore;
    m_queue.append(pending);
}

void ManagementClient::finish(const std::shared_ptr<Pending> &pending, ApiResult result)
{
    if (!pending->context)
        return;
    // Run the callback from the event loop so that it may start new requests or end a local loop freely.
    QTimer::singleShot(0, pending->context.data(),
                       [done = pending->done, result = std::move(result)] { done(result); });
}

} // namespace orglens::management
