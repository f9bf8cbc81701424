// Parsing of the Authentication API's answers: discovery, token, device authorization and error responses.
// Input: one byte choosing the HTTP status, then the body.
#include "FuzzInput.h"

#include "oauth/OAuthResponses.h"

using namespace orglens;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[] = {200, 201, 204, 400, 401, 403, 404, 429, 500, 503, 0, 302};
    const int status = statuses[data[0] % std::size(statuses)];
    const QByteArray body = fuzz::bytesOf(data + 1, size - 1);
    static const QUrl issuer(QStringLiteral("https://tenant.example/"));
    static const QDateTime received = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

    const auto discovery = oauth::parseDiscovery(status, body, issuer);
    fuzz::expect(!discovery.ok() || discovery.value.issuer == issuer); // only the expected issuer is accepted
    const auto token = oauth::parseTokenResponse(status, body);
    if (token.ok())
        token.value.json();
    else
        token.error->text();
    const auto device = oauth::parseDeviceAuthorization(status, body, received);
    fuzz::expect(!device.ok() || device.value.interval >= 1); // polling never spins
    oauth::parseErrorResponse(status, body).text();
    return 0;
}
