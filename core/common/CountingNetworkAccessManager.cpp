#include "common/CountingNetworkAccessManager.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace orglens {

CountingNetworkAccessManager::~CountingNetworkAccessManager()
{
    // QNetworkAccessManager's destructor deletes the replies still open, and their destroyed() must not reach this
    // object's counter once this part of it is gone.
    for (QNetworkReply *reply : findChildren<QNetworkReply *>())
        disconnect(reply, nullptr, this, nullptr);
}

QNetworkReply *CountingNetworkAccessManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                           QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, outgoingData);
    ++m_inFlight;
    emit requestsInFlightChanged(m_inFlight);
    // finished is emitted once per reply, also for aborted ones; destroyed covers a reply deleted unfinished.
    auto done = std::make_shared<bool>(false);
    const auto finish = [this, done] {
        if (*done)
            return;
        *done = true;
        --m_inFlight;
        emit requestsInFlightChanged(m_inFlight);
    };
    connect(reply, &QNetworkReply::finished, this, [this, reply, finish] {
        finish();
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        if (reply->error() != QNetworkReply::NoError && reply->error() != QNetworkReply::OperationCanceledError &&
            !answered) {
            const QUrl url = reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
            emit requestFailed(
                url, reply->error(),
                QCoreApplication::translate("orglens::CountingNetworkAccessManager", "%1 could not be reached (%2)")
                    .arg(url.toString(QUrl::RemovePath), reply->errorString()));
        }
    });
    connect(reply, &QObject::destroyed, this, finish);
    return reply;
}

} // namespace orglens
