#include "oauth/TokenOperation.h"

#include "oauth/OAuthClient.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

namespace orglens::oauth {

TokenOperation::TokenOperation(OAuthClient &client) : QObject(&client), m_client(client) {}

TokenOperation::~TokenOperation()
{
    // Destroyed mid-request: drop the reply without reporting anything.
    m_finished = true;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void TokenOperation::cancel()
{
    if (m_finished)
        return;
    if (!m_discoveryIssuer.isEmpty())
        m_client.abandonDiscovery(m_discoveryIssuer, this); // aborts the fetch unless another operation waits for it
    finishWith(
        {FlowStatus::Cancelled, makeError(QStringLiteral("cancelled"), tr("Cancelled by the user.")), {}, {}, false});
}

void TokenOperation::withDiscovery(const QUrl &issuer, std::function<void(const DiscoveryDocument &)> next)
{
    m_discoveryIssuer = issuer;
    m_client.discover(issuer, this, [this, next = std::move(next)](const Parsed<DiscoveryDocument> &document) {
        m_discoveryIssuer.clear();
        if (m_finished)
            return;
        if (!document.ok())
            fail(*document.error);
        else
            next(document.value);
    });
}

void TokenOperation::post(const QUrl &url, QUrlQuery form, const ClientAuth &auth,
                          std::function<void(const HttpResult &)> next)
{
    m_reply = m_client.postForm(url, std::move(form), auth, this, [this, next = std::move(next)](const HttpResult &r) {
        m_reply.clear();
        if (m_finished)
            return;
        if (r.transportError)
            fail(*r.transportError);
        else
            next(r);
    });
}

void TokenOperation::fail(const OAuthError &error)
{
    finishWith({FlowStatus::Failed, error, {}, {}, false});
}

void TokenOperation::succeed(const TokenResponse &response, SessionRecord record)
{
    TokenResult result{FlowStatus::Succeeded, {}, response, {}, false};
    if (SessionHistory *history = m_client.history()) {
        record.tokens = response;
        record.time = m_client.clock().now().toUTC();
        result.sessionId = history->add(std::move(record));
    }
    finishWith(std::move(result));
}

void TokenOperation::finishWith(TokenResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->abort();
    }
    cleanUp();
    // Never finish inside the caller's own call (e.g. cancel() from a slot, or a cached answer).
    QTimer::singleShot(0, this, [this] { emit finished(m_result); });
}

} // namespace orglens::oauth
