#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace orglens {

// A QNetworkAccessManager that counts its requests in flight, for a status bar's activity indicator, and reports
// requests that got no HTTP response at all (connection refused, DNS, timeout). HTTP error statuses are left to the
// callers: they know whether a 4xx is expected (e.g. authorization_pending while polling).
class CountingNetworkAccessManager : public QNetworkAccessManager {
    Q_OBJECT
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    ~CountingNetworkAccessManager() override;

    int requestsInFlight() const { return m_inFlight; }

signals:
    void requestsInFlightChanged(int count);
    // `url` without query, fragment or user info (they can hold codes or secrets); `error` is the transport error.
    void requestFailed(const QUrl &url, QNetworkReply::NetworkError error, const QString &errorText);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    int m_inFlight = 0;
};

} // namespace orglens
